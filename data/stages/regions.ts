/** Stage "regions": regions.bin, the units, Ukraine's outline and the neighbouring countries. */
import { INPUTS } from '../sources.ts';
import { inputPath } from '../io.ts';
import { inFile, readTopology } from '../inputs.ts';
import { BYTES } from '../codecs.ts';
import { encodeTopology } from '../../src/lib/data/topo-binary.ts';
import { buildCountries } from '../steps/countries.ts';
import { collection, toTopology } from '../steps/topology.ts';
import type { StageDef } from '../stage.ts';
import type { Boundaries } from './boundaries.ts';

export const REGIONS: StageDef<Uint8Array> = {
  name: 'regions',
  code: [new URL(import.meta.url)],
  codec: BYTES,
};

export function regionsFile(sourceDir: string, { uaUnits, ruUnits, outline }: Boundaries): Uint8Array {
  return encodeTopology(
    toTopology({
      units: collection([...uaUnits, ...ruUnits]),
      outline: collection([{ type: 'Feature', properties: { id: 'ukraine' }, geometry: outline.geometry }]),
      countries: inFile(inputPath(sourceDir, INPUTS.countries), () =>
        buildCountries(readTopology(sourceDir, INPUTS.countries), outline),
      ),
    }),
  );
}
