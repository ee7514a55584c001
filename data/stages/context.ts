/**
 * Stage "context": context.bin, the rivers, lakes, cities and power plants drawn for context,
 * each plant with who held its land when (from the history's faces).
 */
import { fileURLToPath } from 'node:url';
import { INPUTS } from '../sources.ts';
import { readJson } from '../io.ts';
import { readCollection, inFile } from '../inputs.ts';
import { DataError } from '../errors.ts';
import { BYTES } from '../codecs.ts';
import { encodeTopology } from '../../src/lib/data/topo-binary.ts';
import { withHeld } from '../history/points.ts';
import { locatePlants } from '../steps/plants.ts';
import { toTopology } from '../steps/topology.ts';
import { buildCities, buildLakes, buildPlants, buildRivers, type PlantNamesUk } from '../steps/context.ts';
import type { StageDef } from '../stage.ts';
import type { Boundaries } from './boundaries.ts';
import type { Histories } from './history.ts';

export const CONTEXT: StageDef<Uint8Array> = {
  name: 'context',
  code: [new URL(import.meta.url)],
  codec: BYTES,
};

/** The project's own Ukrainian plant names: read as a table, so its bytes are this stage's input. */
export const PLANT_NAMES_UK = fileURLToPath(new URL('../plant-names-uk.json', import.meta.url));

function readPlantNamesUk(): PlantNamesUk {
  const names = readJson(PLANT_NAMES_UK);
  if (typeof names !== 'object' || names === null || Array.isArray(names))
    throw new DataError(PLANT_NAMES_UK, 'not an object of plant id → Ukrainian name');
  return { file: PLANT_NAMES_UK, names: names as Record<string, string> };
}

export function contextFile(
  sourceDir: string,
  { uaUnits, ruUnits, outline }: Boundaries,
  { history }: Histories,
): Uint8Array {
  const [rivers, lakes, places, plants] = [INPUTS.rivers, INPUTS.lakes, INPUTS.places, INPUTS.plants].map(
    (i) => readCollection(sourceDir, i),
  );
  return encodeTopology(
    toTopology({
      rivers: inFile(rivers.file, () => buildRivers(rivers.data)),
      lakes: inFile(lakes.file, () => buildLakes(lakes.data)),
      cities: inFile(places.file, () => buildCities(places.data, outline)),
      plants: inFile(plants.file, () =>
        withHeld(
          locatePlants(buildPlants(plants.data, outline, readPlantNamesUk()), [...uaUnits, ...ruUnits]),
          history,
        ),
      ),
    }),
  );
}
