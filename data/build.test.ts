/**
 * The pipeline as a user runs it (`tsx data/build.ts`), on a small fixture source: outputs, add-day,
 * and every kind of bad input, which must stop the build and leave the previous output untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Areas, Manifest } from '../src/lib/data/types.ts';
import { decodeHistory } from '../src/lib/data/history-format.ts';
import { ControlHistory } from '../src/lib/data/history.ts';
import { geometryAreaKm2 } from '../src/lib/geo/area.ts';
import {
  brotliSeries,
  datedFeature,
  DONETSK_SQUARE,
  FILES,
  KURSK_SQUARE,
  makeSource,
  overwrite,
  square,
} from '../test/fixtures/source.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
let work: string;
let source: string;
let out: string;
let added: string;

function build(...args: string[]) {
  const r = spawnSync(tsx, ['data/build.ts', '--source', source, '--out', out, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TERRITORY_ADDED_DAYS: added, TERRITORY_DATA_SOURCE: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(out, name), 'utf8'));
const snapshot = () =>
  Object.fromEntries(
    fs.readdirSync(out).map((f) => [
      f,
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(out, f)))
        .digest('hex'),
    ]),
  );
const km2 = (ring: typeof DONETSK_SQUARE) =>
  Math.round(geometryAreaKm2({ type: 'Polygon', coordinates: [ring] }) * 100) / 100;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-build-'));
  source = makeSource();
  out = path.join(work, 'public/data');
  added = path.join(work, 'added-days');
  const first = build();
  if (first.code !== 0) throw new Error(`fixture build failed: ${first.stderr}`);
}, 180_000);
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(source, { recursive: true, force: true });
});

describe('npm run data', () => {
  it('writes every output with a manifest that lists dates, carried days and content hashes', () => {
    const manifest = read<Manifest>('manifest.json');
    expect(manifest.dates).toEqual(['2024-07-06', '2024-07-07', '2024-07-08', '2024-07-09', '2024-07-10']);
    expect(manifest.carried).toEqual(['2024-07-09']);
    expect(manifest.uaInRussiaUntil).toBe('2024-07-08');
    expect(Object.keys(manifest.files).sort()).toEqual([
      'areas',
      'areasFirst',
      'context',
      'history',
      'historyLatest',
      'regions',
      'settlements',
    ]);
    for (const f of Object.values(manifest.files)) {
      const bytes = fs.readFileSync(path.join(out, f.path));
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
    expect(manifest.layers.map((l) => l.id)).toContain('cod-ab');
    expect(manifest.grid.maxErrorMetres).toBeGreaterThan(0);
  });

  it('measures control per unit on the ellipsoid, carrying gaps forward', () => {
    const areas = read<Areas>('areas.json');
    expect(areas.ru.donetsk).toEqual([
      km2(DONETSK_SQUARE),
      km2(DONETSK_SQUARE),
      km2(DONETSK_SQUARE),
      km2(DONETSK_SQUARE),
      km2(square(37.7, 47.9, 0.3)),
    ]);
    expect(Object.keys(areas.ru)).toEqual(['donetsk']);
    expect(areas.ua.kursk).toEqual([0, 0, km2(KURSK_SQUARE), null, null]);
  });

  it('writes every date in one history file, and the latest alone in a small one that shows the same', () => {
    const whole = new ControlHistory(
      decodeHistory(new Uint8Array(fs.readFileSync(path.join(out, 'history.bin')))),
    );
    const latest = new ControlHistory(
      decodeHistory(new Uint8Array(fs.readFileSync(path.join(out, 'history-latest.bin')))),
    );
    expect(whole.dates).toBe(5);
    const held = (h: ControlHistory, i: number) =>
      h
        .pieces(i)
        .features.map((f) => f.properties)
        .sort((a, b) => a.u.localeCompare(b.u));
    expect(held(whole, 0)).toEqual([{ u: 'donetsk', s: 'ru' }]);
    expect(held(whole, 2)).toEqual([
      { u: 'donetsk', s: 'ru' },
      { u: 'kursk', s: 'ua' },
    ]);
    expect(held(latest, 4)).toEqual(held(whole, 4));
    expect(latest.faces.features.length).toBeLessThanOrEqual(whole.faces.features.length);
    expect(read<Manifest>('manifest.json').files.historyLatest.path).toBe('history-latest.bin');
  });

  it('does nothing with --if-stale when inputs and code are unchanged', () => {
    const before = snapshot();
    const r = build('--if-stale');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('up to date');
    expect(snapshot()).toEqual(before);
  });

  it('adds a newer day, and replaces it rather than duplicating it when added again', () => {
    const dayFile = path.join(work, 'deepstatemap_data_20240712.geojson');
    fs.writeFileSync(
      dayFile,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'MultiPolygon', coordinates: [[square(37.7, 47.9, 0.4)]] },
          },
        ],
      }),
    );
    expect(build('--add-day', dayFile).code).toBe(0);
    let manifest = read<Manifest>('manifest.json');
    expect(manifest.dates.slice(-3)).toEqual(['2024-07-10', '2024-07-11', '2024-07-12']);
    expect(manifest.carried).toEqual(['2024-07-09', '2024-07-11']);
    expect(read<Areas>('areas.json').ru.donetsk.at(-1)).toBe(km2(square(37.7, 47.9, 0.4)));

    fs.writeFileSync(
      dayFile,
      JSON.stringify({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [square(37.7, 47.9, 0.1)] },
      }),
    );
    expect(build('--add-day', dayFile).code).toBe(0);
    manifest = read<Manifest>('manifest.json');
    expect(manifest.dates.filter((d) => d === '2024-07-12')).toHaveLength(1);
    expect(read<Areas>('areas.json').ru.donetsk.at(-1)).toBe(km2(square(37.7, 47.9, 0.1)));
    fs.rmSync(added, { recursive: true, force: true });
    expect(build().code).toBe(0);
  }, 120_000);

  it('rejects a day file without a date, writing nothing', () => {
    const dayFile = path.join(work, 'latest.geojson');
    fs.writeFileSync(
      dayFile,
      JSON.stringify({ type: 'MultiPolygon', coordinates: [[square(37.7, 47.9, 0.4)]] }),
    );
    const before = snapshot();
    const r = build('--add-day', dayFile);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('latest.geojson: no date');
    expect(fs.existsSync(added)).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  const units = () => JSON.parse(fs.readFileSync(path.join(source, FILES.units), 'utf8'));
  const badInputs: [string, string, () => void, RegExp][] = [
    ['a missing file', FILES.held, () => fs.rmSync(path.join(source, FILES.held)), /file not found/],
    [
      'malformed JSON',
      FILES.units,
      () => overwrite(source, FILES.units, '{"type": "FeatureCollection", "features": ['),
      /malformed JSON/,
    ],
    [
      'an invalid geometry',
      FILES.recent,
      () =>
        overwrite(
          source,
          FILES.recent,
          brotliSeries([datedFeature('2024-07-08', DONETSK_SQUARE.slice(0, -1))]),
        ),
      /\(feature 0, 2024-07-08\): polygon 0 ring 0: ring is not closed/,
    ],
    [
      'an empty geometry',
      FILES.recent,
      () =>
        overwrite(
          source,
          FILES.recent,
          brotliSeries([
            {
              type: 'Feature',
              properties: { date: '2024-07-08' },
              geometry: { type: 'MultiPolygon', coordinates: [] },
            },
          ]),
        ),
      /\(feature 0, 2024-07-08\): geometry is empty/,
    ],
    [
      'an unknown region key',
      FILES.units,
      () => {
        const u = units();
        u.features[3].properties.iso_3166_2 = 'UA-99';
        overwrite(source, FILES.units, JSON.stringify(u));
      },
      /\(feature 3 "Dnipropetrovsk Oblast"\): unknown region code "UA-99"/,
    ],
    [
      'a self-intersecting ring',
      FILES.recent,
      () =>
        overwrite(
          source,
          FILES.recent,
          brotliSeries([
            datedFeature('2024-07-08', [
              [37.7, 47.9],
              [37.9, 48.3],
              [37.9, 48.1],
              [37.7, 48.1],
              [37.7, 47.9],
            ]),
          ]),
        ),
      /\(feature 0, 2024-07-08\): ring intersects itself: the edge from polygon 0 ring 0 position 0 \[37\.7, 47\.9\] to position 1 \[37\.9, 48\.3\] crosses the edge from polygon 0 ring 0 position 2/,
    ],
    [
      'a coordinate out of range',
      FILES.units,
      () => {
        const u = units();
        u.features[0].geometry.coordinates[0][3] = [512.5, 48.1];
        overwrite(source, FILES.units, JSON.stringify(u));
      },
      /\(feature 0 "Vinnytsia Oblast", UA-05\): polygon 0 ring 0 position 3: \[512\.5, 48\.1\] is outside/,
    ],
    [
      'a bad date',
      FILES.early,
      () => overwrite(source, FILES.early, brotliSeries([datedFeature('2024-02-30', DONETSK_SQUARE)])),
      /\(feature 0\): bad date "2024-02-30"/,
    ],
  ];

  it.each(badInputs)(
    'stops on %s, names the file and leaves the output as it was',
    (_name, file, breakIt, problem) => {
      const saved = fs.readFileSync(path.join(source, file));
      const before = snapshot();
      breakIt();
      try {
        const r = build();
        expect(r.code).not.toBe(0);
        expect(r.stderr).toContain(path.join(source, file));
        expect(r.stderr).toMatch(problem);
        expect(snapshot()).toEqual(before);
        expect(fs.readdirSync(path.dirname(out)).filter((f) => f.startsWith('.data-tmp'))).toEqual([]);
      } finally {
        fs.writeFileSync(path.join(source, file), saved);
      }
    },
    60_000,
  );
});
