/**
 * An update reaching the reader: `npm run data:update` (data/update.ts, as a child process) extends a
 * copy of the data this build ships (dist/data) with new days from the fake upstream on 127.0.0.1
 * (test/fixtures/upstream.ts), and the built app, with every data/ request answered from that copy,
 * must open on the new newest day: the data-age line, the date shown, the map and the figures of that
 * day. Neither public/data, dist/data nor the added-days folder is touched, and nothing leaves 127.0.0.1.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Areas, Manifest } from '../../src/lib/data/types.ts';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';
import { REAL_SOURCE } from '../fixtures/source.ts';
import { runTsx, snapshotDir, type Run } from '../fixtures/pipeline.ts';
import { startUpstream } from '../fixtures/upstream.ts';

const SHIPPED = path.resolve('dist/data');
const SERIES = path.join(REAL_SOURCE, 'occupied/deepstate_occupied_daily_2024-07-08_2026-08-22.geojson.br');
const shippedManifest = JSON.parse(fs.readFileSync(path.join(SHIPPED, 'manifest.json'), 'utf8')) as Manifest;
const LAST = shippedManifest.dates.at(-1)!;
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const tomorrow = dayAfter(new Date().toISOString().slice(0, 10));
/**
 * The new days, each with the shared series' day whose geometry it is served with: on the data as
 * built from the shared series (newest 22 August 2026), 23 August as the 22nd and 24 August as the 1st,
 * so that the newest day's figures differ from those before. The update refuses days after tomorrow,
 * so on data already brought up to date (the daily workflow's) only the next day is served.
 */
const next = dayAfter(LAST);
const NEW_DAYS: Record<string, string> =
  dayAfter(next) <= tomorrow
    ? { [next]: '2026-08-22', [dayAfter(next)]: '2026-08-01' }
    : { [next]: '2026-08-01' };
const NEWEST = Object.keys(NEW_DAYS).at(-1)!;
/** A day as the page writes it in English. */
const long = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T00:00:00Z`));

let work: string;
let updated: string;
let run: Run;
let shippedBefore: Record<string, string>;

/** The file a day of the shared series becomes upstream: cyterat's layout, one MultiPolygon, no date inside. */
function dayFiles(): Record<string, string> {
  const series = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(SERIES)).toString('utf8')) as {
    features: { properties: { date: string }; geometry: unknown }[];
  };
  return Object.fromEntries(
    Object.entries(NEW_DAYS).map(([date, from]) => {
      const geometry = series.features.find((f) => f.properties.date === from)?.geometry;
      assert.ok(geometry, `${from} in the shared series`);
      const file = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
      return [date, JSON.stringify(file)];
    }),
  );
}

/** Answers every data/ request of the page from the updated folder, as a host serving it would. */
async function serveUpdated(page: Page): Promise<void> {
  await page.route('**/data/*', async (route) => {
    const name = path.basename(new URL(route.request().url()).pathname);
    const file = path.join(updated, name);
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({
      body: fs.readFileSync(file),
      contentType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    });
  });
}

const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(updated, name), 'utf8')) as T;
/** The newest day's Russian-held km² in Ukraine, whole and in Donetsk oblast, from an areas.json. */
function newestKm2(areas: Areas): { ukraine: number; donetsk: number } {
  const i = areas.dates.length - 1;
  const ukraine = Object.values(areas.ru).reduce((sum, series) => sum + series[i], 0);
  return { ukraine: Math.round(ukraine), donetsk: Math.round(areas.ru.donetsk[i]) };
}
const shown = (km2: number) => km2.toLocaleString('en-GB');

test.describe('an update reaching the reader', () => {
  test.beforeAll(async () => {
    // The update cuts the new days by the oblasts: about 20 s here, more on a busy machine.
    test.setTimeout(180_000);
    shippedBefore = snapshotDir(SHIPPED);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-update-e2e-'));
    updated = path.join(work, 'data');
    fs.cpSync(SHIPPED, updated, { recursive: true });
    const upstream = await startUpstream(dayFiles());
    try {
      run = await runTsx('data/update.ts', ['--source', REAL_SOURCE, '--out', updated], {
        ...upstream.env,
        TERRITORY_ADDED_DAYS: path.join(work, 'added-days'),
        // Never sent anywhere, not even to the fake upstream.
        GITHUB_TOKEN: '',
      });
    } finally {
      await upstream.close();
    }
  });
  test.afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('the update adds the days to the copy, with their provenance, and nothing else changes', () => {
    assert.equal(run.code, 0, run.stderr);
    const days = Object.keys(NEW_DAYS);
    assert.ok(run.stdout.includes(`update: added ${days.length} day(s) up to ${NEWEST} from commit a1b2c3d`));
    const manifest = read<Manifest>('manifest.json');
    assert.deepEqual(manifest.dates, [...shippedManifest.dates, ...days]);
    assert.deepEqual(
      manifest.upstream.slice(-days.length).map((u) => u.date),
      days,
    );
    assert.deepEqual(snapshotDir(SHIPPED), shippedBefore, 'dist/data as built');
  });

  test('the full page opens on the new newest day, and says so, with that day’s figures', async ({
    page,
  }) => {
    await serveUpdated(page);
    await page.goto('/');
    await page.locator(READY).waitFor();

    const age = page.getByTestId('data-age');
    assert.equal(await age.getAttribute('data-latest'), NEWEST);
    assert.match(
      await age.innerText(),
      new RegExp(`^Latest data: ${long(NEWEST)} \\((\\d+ days ago|yesterday|today)\\)$`),
    );
    const date = page.getByTestId('date-shown');
    assert.equal(await date.locator('time').getAttribute('datetime'), NEWEST);
    assert.equal(await date.innerText(), `Situation on ${long(NEWEST)}`);
    await page.waitForURL(new RegExp(`date=${NEWEST}`));
    await page.locator(`.map-panel[data-shown-date="${NEWEST}"]`).waitFor();

    // The figures are those areas.json gives the newest day, not those of the day that was newest before.
    const expected = newestKm2(read<Areas>('areas.json'));
    const before = newestKm2(JSON.parse(fs.readFileSync(path.join(SHIPPED, 'areas.json'), 'utf8')));
    assert.notEqual(expected.ukraine, before.ukraine, 'the new day moves the figures');
    const table = page.getByTestId('area-table');
    assert.ok((await table.locator('caption').innerText()).includes(long(NEWEST)));
    for (const [region, km2] of Object.entries(expected)) {
      const cell = table.locator(`tr[data-region="${region}"] td[data-col="ru"]`);
      assert.equal(await cell.innerText(), shown(km2), `${region}: km² under Russian control`);
      assert.equal(await cell.getAttribute('data-km2'), String(km2));
    }
  });

  test('an embed says the same: the newest day and its total', async ({ page }) => {
    await serveUpdated(page);
    await page.goto('/?embed=1');
    await page.locator(READY).waitFor();
    assert.equal(await page.getByTestId('data-age').getAttribute('data-latest'), NEWEST);
    assert.ok(await page.getByTestId('data-age').isVisible(), 'the data-age line is shown in the embed');
    const { ukraine } = newestKm2(read<Areas>('areas.json'));
    const summary = page.getByTestId('area-summary');
    assert.equal(await summary.getAttribute('data-km2'), String(ukraine));
    assert.match(
      await summary.innerText(),
      new RegExp(`^${shown(ukraine)} km² of Ukraine under Russian control`),
    );
  });
});
