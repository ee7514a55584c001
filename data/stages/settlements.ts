/** Stage "settlements": settlements.json, GeoNames' settlements with their units and who held them when. */
import { INPUTS } from '../sources.ts';
import { inputPath } from '../io.ts';
import { inFile } from '../inputs.ts';
import { TEXT } from '../codecs.ts';
import { withHeld } from '../history/points.ts';
import { PLACE_NAMES } from '../steps/city-names.ts';
import { buildSettlements, readCities } from '../steps/settlements.ts';
import type { StageDef } from '../stage.ts';
import type { Boundaries } from './boundaries.ts';
import type { Histories } from './history.ts';

export const SETTLEMENTS: StageDef<string> = {
  name: 'settlements',
  code: [new URL(import.meta.url)],
  codec: TEXT,
};

export function settlementsFile(
  sourceDir: string,
  { uaUnits, ruUnits }: Boundaries,
  { history }: Histories,
): string {
  const file = inputPath(sourceDir, INPUTS.settlements);
  return JSON.stringify(
    inFile(file, () =>
      withHeld(buildSettlements(readCities(file), [...uaUnits, ...ruUnits], PLACE_NAMES), history),
    ),
  );
}
