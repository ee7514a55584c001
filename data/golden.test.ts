/**
 * Golden fixtures, as Turf tests its modules: every `test/fixtures/in/<step>-<case>.json` is run
 * through the step and compared exactly with `test/fixtures/out/<step>-<case>.json`. After a change
 * meant to alter the output, `REGEN=1 npx vitest run data/golden.test.ts` rewrites the outputs; the
 * diff then shows what changed, for review. Steps:
 * - `pieces`: `{ units: [{ id, geometry }], control: MultiPolygon }` cut by the units (steps/pieces.ts);
 * - `faces`: `{ grid, firstDate, days: [[{ u, s, geometry }]] }` overlaid into the history's faces
 *   (history/), as the pipeline does for every day.
 * An input's `note` says what the case is for; real cases are cut down to a few KB around what they show.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Grid, HistoryData } from '../src/lib/data/history-format.ts';
import { cut, prepareUnits } from './steps/pieces.ts';
import type { UnitFeature } from './steps/units.ts';
import { groupTable, historyLayers, type DatedPiece } from './history/layers.ts';
import { buildHistory } from './history/build.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const REGEN = process.env.REGEN === '1';

/** JSON a line per position or arc, so that a regenerated output's diff shows what moved. */
const pretty = (value: unknown) =>
  JSON.stringify(value, null, 1).replace(/\[[-\d.eE+,\s]+\]/g, (numbers) => numbers.replace(/\s+/g, ''));

interface PiecesIn {
  units: { id: string; geometry: Polygon | MultiPolygon }[];
  control: MultiPolygon;
}
interface FacesIn {
  grid: Grid;
  firstDate: string;
  days: DatedPiece[][];
}

const STEPS: Record<string, (input: never) => unknown> = {
  pieces({ units, control }: PiecesIn) {
    const features = units.map(
      ({ id, geometry }) => ({ type: 'Feature', properties: { id }, geometry }) as UnitFeature,
    );
    return cut(control, prepareUnits(features));
  },
  faces({ grid, firstDate, days }: FacesIn) {
    const groups = groupTable();
    const layers = historyLayers(days.length, 0, (k) => days[k], grid, groups);
    const h: HistoryData = buildHistory({ grid, dates: days.length, firstDate }, groups, layers);
    // As JSON: typed arrays as plain ones.
    return { ...h, arcs: h.arcs.map((a) => Array.from(a)) };
  },
};

const cases = fs
  .readdirSync(path.join(FIXTURES, 'in'))
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('golden fixtures', () => {
  it('cover both steps', () => {
    for (const step of Object.keys(STEPS)) expect(cases.some((f) => f.startsWith(`${step}-`))).toBe(true);
  });

  for (const name of cases) {
    it(name, () => {
      const step = STEPS[name.split('-')[0]];
      expect(step, `no step named by ${name}`).toBeDefined();
      const input = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'in', name), 'utf8')) as never;
      // Through JSON, as stored: -0 and undefined read back as they would from the file.
      const actual: unknown = JSON.parse(JSON.stringify(step(input)));
      const out = path.join(FIXTURES, 'out', name);
      if (REGEN) fs.writeFileSync(out, `${pretty(actual)}\n`);
      expect(actual).toEqual(JSON.parse(fs.readFileSync(out, 'utf8')));
    });
  }
});
