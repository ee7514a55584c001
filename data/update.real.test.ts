/**
 * The update on the real data: the built public/data (made before the unit tests run) copied aside,
 * extended by the shared series' last day served again under the next dates, as a scheduled job
 * would see days that repeat the front. Nothing here reaches outside 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Areas, Manifest } from '../src/lib/data/types.ts';
import { decodeHistory } from '../src/lib/data/history-format.ts';
import { ControlHistory } from '../src/lib/data/history.ts';
import { REAL_SOURCE } from '../test/fixtures/source.ts';
import { runTsx } from '../test/fixtures/pipeline.ts';
import { startUpstream, type FakeUpstream } from '../test/fixtures/upstream.ts';

const BUILT = path.resolve('public/data');
const SERIES = path.join(REAL_SOURCE, 'occupied/deepstate_occupied_daily_2024-07-08_2026-08-22.geojson.br');
let work: string;
let upstream: FakeUpstream;
let before: Manifest;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-update-real-'));
  fs.cpSync(BUILT, path.join(work, 'data'), { recursive: true });
  before = JSON.parse(fs.readFileSync(path.join(BUILT, 'manifest.json'), 'utf8'));
  const series = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(SERIES)).toString('utf8'));
  const last = series.features.find(
    (f: { properties: { date: string } }) => f.properties.date === before.dates.at(-1),
  );
  const file = JSON.stringify({ type: 'FeatureCollection', features: [{ ...last, properties: {} }] });
  // The day after the last, and the one after that but one: the day between is missing upstream.
  upstream = await startUpstream({ '2026-08-23': file, '2026-08-25': file });
});
afterAll(async () => {
  await upstream.close();
  if (!process.env.KEEP) fs.rmSync(work, { recursive: true, force: true });
  else console.log('kept', work);
});

describe('npm run data:update on the real history', () => {
  it('adds days that repeat the last one: the same figures and the same faces on, in a fraction of a build', async () => {
    const out = path.join(work, 'data');
    const t = performance.now();
    const r = await runTsx('data/update.ts', ['--source', REAL_SOURCE, '--out', out], {
      ...upstream.env,
      TERRITORY_ADDED_DAYS: path.join(work, 'added'),
    });
    const seconds = (performance.now() - t) / 1000;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    console.log(`update adding 3 days to the real history: ${seconds.toFixed(1)} s`);
    const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const n = before.dates.length;
    expect(manifest.dates.slice(n)).toEqual(['2026-08-23', '2026-08-24', '2026-08-25']);
    expect(manifest.carried.at(-1)).toBe('2026-08-24');
    const areas: Areas = JSON.parse(fs.readFileSync(path.join(out, 'areas.json'), 'utf8'));
    for (const series of Object.values(areas.ru))
      expect(series.slice(n - 1)).toEqual(new Array(4).fill(series[n - 1]));
    const history = new ControlHistory(
      decodeHistory(new Uint8Array(fs.readFileSync(path.join(out, 'history.bin')))),
    );
    expect(history.dates).toBe(n + 3);
    for (const i of [n, n + 1, n + 2]) {
      expect(history.statuses(i)).toEqual(history.statuses(n - 1));
      expect(history.linesOn(i)).toEqual(history.linesOn(n - 1));
    }
  }, 300_000);
});
