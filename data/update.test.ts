/**
 * `npm run data:update` against a fake upstream on 127.0.0.1 with GitHub's layout, on a small fixture
 * source: new days added with their provenance, gaps carried forward, the same figures as a full
 * build, and every failure leaving the data and the added days as they were.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Areas, Manifest } from '../src/lib/data/types.ts';
import { decodeHistory } from '../src/lib/data/history-format.ts';
import { ControlHistory } from '../src/lib/data/history.ts';
import { geometryAreaKm2 } from '../src/lib/geo/area.ts';
import { makeSource, square } from '../test/fixtures/source.ts';
import { runTsx, snapshotDir } from '../test/fixtures/pipeline.ts';
import { dayPath, SHA, startUpstream, type FakeUpstream } from '../test/fixtures/upstream.ts';

let work: string;
let source: string;
let out: string;
let added: string;
let upstream: FakeUpstream | null = null;
let built: Record<string, string>;

/** A day file as cyterat writes it: one MultiPolygon of occupied land. */
const dayFile = (ring = square(37.7, 47.9, 0.4)) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } },
    ],
  });
const km2 = (ring: ReturnType<typeof square>) =>
  Math.round(geometryAreaKm2({ type: 'Polygon', coordinates: [ring] }) * 100) / 100;
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(out, name), 'utf8'));
const env = () => ({
  ...upstream!.env,
  TERRITORY_ADDED_DAYS: added,
  TERRITORY_DATA_SOURCE: '',
  TERRITORY_UPSTREAM_TIMEOUT_MS: '1500',
});
const update = () => runTsx('data/update.ts', ['--source', source, '--out', out], env());

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-update-'));
  source = makeSource();
  out = path.join(work, 'public/data');
  added = path.join(work, 'added-days');
  const r = await runTsx('data/build.ts', ['--source', source, '--out', out], {
    TERRITORY_ADDED_DAYS: added,
    TERRITORY_DATA_SOURCE: '',
    TERRITORY_CACHE_DIR: path.join(work, 'cache'),
  });
  if (r.code !== 0) throw new Error(`fixture build failed: ${r.stderr}`);
  built = snapshotDir(out);
}, 180_000);
afterEach(async () => {
  await upstream?.close();
  upstream = null;
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(source, { recursive: true, force: true });
});

/** Asserts a run failed with a message matching `problem` and changed nothing. */
function expectUntouched(r: { code: number | null; stderr: string }, problem: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(problem);
  expect(snapshotDir(out)).toEqual(built);
  expect(snapshotDir(added)).toEqual({});
}

describe('npm run data:update', () => {
  it('with nothing new upstream, says so, exits 0 and leaves public/data byte for byte', async () => {
    upstream = await startUpstream({ '2024-07-09': dayFile(), '2024-07-10': dayFile() });
    const r = await update();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no new day upstream after 2024-07-10 \(commit a1b2c3d\)/);
    expect(snapshotDir(out)).toEqual(built);
    expect(snapshotDir(added)).toEqual({});
  });

  it('fails clearly when the upstream is unreachable', async () => {
    upstream = await startUpstream({});
    const { env: e } = upstream;
    await upstream.close();
    upstream = null;
    const r = await runTsx('data/update.ts', ['--source', source, '--out', out], {
      ...e,
      TERRITORY_ADDED_DAYS: added,
    });
    expectUntouched(r, /the upstream is unreachable \(ECONNREFUSED\)/);
  });

  it('fails clearly when the upstream does not answer in time', async () => {
    upstream = await startUpstream({ '2024-07-11': dayFile() });
    upstream.delay('/raw/', 4000);
    expectUntouched(
      await update(),
      /deepstatemap_data_20240711\.geojson: the upstream gave no answer within 1\.5 s/,
    );
  });

  it('says when GitHub’s rate limit resets (HTTP 403) and when to retry (HTTP 429)', async () => {
    upstream = await startUpstream({ '2024-07-11': dayFile() });
    upstream.failWith('/api/commits', 403, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '1790000000',
    });
    expectUntouched(
      await update(),
      /HTTP 403: GitHub's rate limit is reached; the limit resets at 2026-09-21T14:13:20Z/,
    );
    await upstream.close();
    upstream = await startUpstream({ '2024-07-11': dayFile() });
    upstream.failWith('/git/trees/', 429, { 'retry-after': '60' });
    expectUntouched(await update(), /HTTP 429: GitHub's rate limit is reached; try again in 60 s/);
  });

  it('names a listed file that is not there (HTTP 404)', async () => {
    upstream = await startUpstream({ '2024-07-11': dayFile(), '2024-07-12': dayFile() });
    upstream.failWith(dayPath('2024-07-12'), 404);
    expectUntouched(await update(), new RegExp(`/raw/${SHA}/${dayPath('2024-07-12')}: HTTP 404`));
  });

  it('names a day file that fails the checks and the problem', async () => {
    upstream = await startUpstream({
      '2024-07-11': dayFile(),
      '2024-07-12': '{"type": "FeatureCollection", "features": [',
    });
    expectUntouched(await update(), /deepstatemap_data_20240712\.geojson: malformed JSON/);
    await upstream.close();
    upstream = await startUpstream({ '2024-07-11': dayFile(square(37.7, 47.9, 0.4).slice(0, -1)) });
    expectUntouched(
      await update(),
      /deepstatemap_data_20240711\.geojson \(feature 0\): polygon 0 ring 0: ring is not closed/,
    );
  });

  it('adds the new days with where they came from, carries a day missing upstream, and matches a full build', async () => {
    const ring11 = square(37.7, 47.9, 0.4);
    const ring13 = square(37.6, 47.8, 0.5);
    upstream = await startUpstream({
      '2024-07-10': dayFile(),
      '2024-07-11': dayFile(ring11),
      '2024-07-13': dayFile(ring13),
    });
    const r = await update();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fetched 2024-07-11 .* from data\/deepstatemap_data_20240711\.geojson/);
    expect(r.stdout).toMatch(
      /added 2 day\(s\) up to 2024-07-13 from commit a1b2c3d, 1 missing upstream carried forward \(2024-07-12\)/,
    );
    // Only the listing and the two new files were asked for.
    expect(upstream.asked.filter((u) => u.startsWith('/raw/'))).toHaveLength(2);

    const manifest = read<Manifest>('manifest.json');
    expect(manifest.dates.slice(-4)).toEqual(['2024-07-10', '2024-07-11', '2024-07-12', '2024-07-13']);
    expect(manifest.carried).toEqual(['2024-07-09', '2024-07-12']);
    expect(manifest.upstream.map((u) => [u.date, u.commit, u.path])).toEqual([
      ['2024-07-11', SHA, dayPath('2024-07-11')],
      ['2024-07-13', SHA, dayPath('2024-07-13')],
    ]);
    expect(Date.now() - Date.parse(manifest.upstream[0].fetched)).toBeLessThan(600_000);
    const areas = read<Areas>('areas.json');
    expect(areas.ru.donetsk.slice(-3)).toEqual([km2(ring11), km2(ring11), km2(ring13)]);
    expect(areas.ua.kursk.slice(-3)).toEqual([null, null, null]);
    const history = new ControlHistory(
      decodeHistory(new Uint8Array(fs.readFileSync(path.join(out, 'history.bin')))),
    );
    expect(history.dates).toBe(8);
    expect(history.pieces(6).features.map((f) => f.properties)).toEqual([{ u: 'donetsk', s: 'ru' }]);
    expect(fs.readdirSync(added).sort()).toEqual(['2024-07-11.geojson', '2024-07-13.geojson']);

    // A full build from the stored days gives the same figures, the provenance, and sees itself up to date.
    const full = await runTsx('data/build.ts', ['--source', source, '--out', `${out}-full`], {
      TERRITORY_ADDED_DAYS: added,
      TERRITORY_DATA_SOURCE: '',
      TERRITORY_CACHE_DIR: path.join(work, 'cache'),
    });
    expect(full.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(`${out}-full/areas.json`, 'utf8'))).toEqual(areas);
    expect(JSON.parse(fs.readFileSync(`${out}-full/manifest.json`, 'utf8')).upstream).toEqual(
      manifest.upstream,
    );
    const again = await runTsx('data/build.ts', ['--source', source, '--out', out, '--if-stale'], {
      TERRITORY_ADDED_DAYS: added,
      TERRITORY_DATA_SOURCE: '',
      TERRITORY_CACHE_DIR: path.join(work, 'cache'),
    });
    expect(again.stdout).toContain('up to date');
  }, 120_000);
});
