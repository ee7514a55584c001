/**
 * The checks against the real inputs (../shared/data, read only; broken copies go to a temp folder):
 * every real input passes, fast enough, and the attacks of issue 20 on real files are stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { REAL_SOURCE } from '../test/fixtures/source.ts';
import { INPUTS, type InputId } from './sources.ts';
import { inputPath, readJson } from './io.ts';
import { assertAreal, assertFeatureCollection } from './validate.ts';
import { readSeries } from './steps/history.ts';
import { readUaInRussia } from './steps/ua-in-russia.ts';
import { buildUnits } from './steps/units.ts';
import { checkDay } from './add-day.ts';

let tmp: string;
const inputs: Partial<Record<InputId, { file: string; data: FeatureCollection }>> = {};
const read = (id: InputId) => {
  if (!inputs[id]) {
    const file = inputPath(REAL_SOURCE, INPUTS[id]);
    const data = readJson(file);
    assertFeatureCollection(data, file);
    inputs[id] = { file, data };
  }
  return inputs[id];
};

/** Each series read and checked once for all tests (validation of a series takes about a second). */
const series: Partial<Record<InputId, Map<string, MultiPolygon>>> = {};
const checked = (id: 'occupiedRecent' | 'occupiedEarly') => (series[id] ??= readSeries(read(id)));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-validate-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the real inputs', () => {
  it('all pass validation', () => {
    const ids: InputId[] = [
      'occupiedRecent',
      'occupiedEarly',
      'uaInRussia',
      'ukraineUnits',
      'russiaOblasts',
      'ukraineOutline',
    ];
    ids.forEach(read);
    const started = performance.now();
    const recent = checked('occupiedRecent');
    const early = checked('occupiedEarly');
    const held = read('uaInRussia');
    readUaInRussia(held.file, held.data);
    const units = buildUnits([read('ukraineUnits'), read('russiaOblasts')]);
    const outline = read('ukraineOutline');
    assertAreal(outline.data.features[0].geometry, outline.file, 'feature 0');
    const seconds = (performance.now() - started) / 1000;
    console.log(`validating the real inputs took ${seconds.toFixed(1)} s`);
    expect(recent.size + early.size).toBe(769 + 831);
    expect(units).toHaveLength(32);
  }, 120_000);

  it('keep their geometry: only repeated positions are dropped, in the 2022 series', () => {
    const repeats = (g: MultiPolygon) =>
      g.coordinates
        .flat()
        .reduce(
          (n, r) => n + r.filter((p, k) => k && p[0] === r[k - 1][0] && p[1] === r[k - 1][1]).length,
          0,
        );
    let dropped = 0;
    for (const f of read('occupiedEarly').data.features)
      dropped +=
        repeats(f.geometry as MultiPolygon) - repeats(checked('occupiedEarly').get(f.properties!.date)!);
    expect(dropped).toBe(102);
    const recent = checked('occupiedRecent');
    expect(
      read('occupiedRecent').data.features.every((f) => recent.get(f.properties!.date) === f.geometry),
    ).toBe(true);
  }, 60_000);
});

describe('attacks on real files (issue 20)', () => {
  it('rejects a bow-tie appended to the 2026-08-22 geometry by --add-day, naming file, feature, ring and position', () => {
    const recent = read('occupiedRecent');
    const last = recent.data.features.find((f) => f.properties?.date === '2026-08-22')!;
    const geometry = structuredClone(last.geometry) as MultiPolygon;
    const n = geometry.coordinates.length;
    // Around Dnipro city, far from the front: two edges of one ring crossing.
    geometry.coordinates.push([
      [
        [34.6, 48.2],
        [35.4, 48.6],
        [35.4, 48.2],
        [34.6, 48.6],
        [34.6, 48.2],
      ],
    ]);
    const dayFile = path.join(tmp, 'deepstatemap_data_20260823.geojson');
    const feature = { type: 'Feature', properties: { date: '2026-08-23' }, geometry };
    fs.writeFileSync(dayFile, JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    const problem =
      `ring intersects itself: the edge from polygon ${n} ring 0 position 0 [34.6, 48.2] to position 1 [35.4, 48.6] ` +
      `crosses the edge from polygon ${n} ring 0 position 2 [35.4, 48.2] to position 3 [34.6, 48.6]`;
    // The check --add-day and the update make on a day file (build.test.ts: nothing is stored then).
    expect(() => checkDay(dayFile, readJson(dayFile))).toThrow(
      `${dayFile} (feature 0, 2026-08-23): ${problem}`,
    );
    // The same day stored by hand in the added-days folder is stopped when the series is read.
    const data = {
      type: 'FeatureCollection' as const,
      features: [feature as FeatureCollection['features'][0]],
    };
    expect(() => readSeries({ file: 'added', data })).toThrow(`added (feature 0, 2026-08-23): ${problem}`);
  });

  it('rejects an out-of-range coordinate in a copy of the oblast file, naming the oblast and the position', () => {
    const units = read('ukraineUnits');
    const copy = path.join(tmp, 'ukraine_adm1_cod-ab_2017.geojson');
    const broken = structuredClone(units.data);
    const vinnytsia = broken.features.findIndex((f) => f.properties?.iso_3166_2 === 'UA-05');
    const ring = (broken.features[vinnytsia].geometry as { coordinates: number[][][] }).coordinates[0];
    ring[3] = [512.5, 48.1];
    fs.writeFileSync(copy, JSON.stringify(broken));
    const data = readJson(copy);
    assertFeatureCollection(data, copy);
    expect(() => buildUnits([{ file: copy, data }])).toThrow(
      `${copy} (feature ${vinnytsia} "Vinnytsia Oblast", UA-05): polygon 0 ring 0 position 3: ` +
        '[512.5, 48.1] is outside lon −180…180, lat −90…90',
    );
    ring[3] = [49.636688, 29.535273];
    expect(() => buildUnits([{ file: copy, data: broken }])).toThrow(
      'position 3: [49.636688, 29.535273] is outside the expected extent lon 14…50, lat 38…58 (are lon and lat swapped?)',
    );
  });
});
