/** Stage "regions": regions.topo.json, the units, Ukraine's outline and the neighbouring countries. */
import { INPUTS } from '../sources.ts';
import { inputPath } from '../io.ts';
import { inFile, readTopology } from '../inputs.ts';
import { TEXT } from '../cache.ts';
import { buildCountries } from '../steps/countries.ts';
import { collection, toTopology } from '../steps/topology.ts';
import type { StageDef } from '../stage.ts';
import type { Boundaries } from './boundaries.ts';

export const REGIONS: StageDef<string> = { name: 'regions', code: [new URL(import.meta.url)], codec: TEXT };

export function regionsFile(sourceDir: string, { uaUnits, ruUnits, outline }: Boundaries): string {
  return JSON.stringify(
    toTopology({
      units: collection([...uaUnits, ...ruUnits]),
      outline: collection([{ type: 'Feature', properties: { id: 'ukraine' }, geometry: outline.geometry }]),
      countries: inFile(inputPath(sourceDir, INPUTS.countries), () =>
        buildCountries(readTopology(sourceDir, INPUTS.countries), outline),
      ),
    }),
  );
}
