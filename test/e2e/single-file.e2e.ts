/**
 * The offline single file (`npm run build:single`): opened from file:// with every request that is not
 * file:, data: or blob: aborted, it must reach ready with the right numbers, the fonts and the map drawn,
 * and decode the inlined history to show an older date. Builds the file first when it is missing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { test } from './fixtures.ts';
import { km2, READY } from './map-helpers.ts';

const FILE = resolve('dist-single/territory-scenarios.html');
const BUDGET = 8 * 1024 * 1024;

interface Areas {
  dates: string[];
  ru: Record<string, number[]>;
}

/** The file's URL, building it once if needed (the test script builds it before the e2e stage). */
function singleFile(): string {
  if (!existsSync(FILE))
    execFileSync('node_modules/.bin/vite', ['build', '--config', 'vite.single.config.ts'], {
      stdio: 'ignore',
    });
  return pathToFileURL(FILE).href;
}

/** Lets only local requests through; returns the URLs it aborted. */
async function offline(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

const areas = (): Areas => JSON.parse(readFileSync('public/data/areas.json', 'utf8')) as Areas;

test.describe('single file', () => {
  test('opens from file:// with no network, with the latest figures', async ({ page, context, requests }) => {
    const url = singleFile();
    assert.ok(statSync(FILE).size < BUDGET, `${FILE} is ${statSync(FILE).size} bytes, over 8 MB`);
    const blocked = await offline(context);
    await page.goto(url);
    await page.locator(READY).waitFor();
    const a = areas();
    const last = a.dates.length - 1;
    assert.equal(await km2(page, 'donetsk', 'ru'), Math.round(a.ru.donetsk[last]));
    assert.ok(await page.locator('.map canvas').isVisible(), 'WebGL canvas shown');
    const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    assert.ok(fonts > 0, 'the inlined page font loaded');
    assert.deepEqual(blocked, []);
    assert.deepEqual(
      requests.filter((u) => !/^(file|data|blob):/.test(u)),
      [],
      'only local requests',
    );
  });

  test('decodes the inlined history and moves to an older date', async ({ page, context }) => {
    const url = singleFile();
    const blocked = await offline(context);
    await page.goto(url);
    await page.locator(READY).waitFor();
    const a = areas();
    const last = a.dates.length - 1;
    const slider = page.getByTestId('date-slider');
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    assert.equal(await km2(page, 'donetsk', 'ru'), Math.round(a.ru.donetsk[last - 10]));
    await page.locator(`.map-panel[data-shown-date="${a.dates[last - 10]}"]`).waitFor();
    assert.deepEqual(blocked, []);
  });

  test('a link to an early date opens on it', async ({ page, context }) => {
    const url = singleFile();
    await offline(context);
    const a = areas();
    await page.goto(`${url}?date=${a.dates[0]}`);
    await page.locator(READY).waitFor();
    assert.equal(await km2(page, 'donetsk', 'ru'), Math.round(a.ru.donetsk[0]));
    await page.locator(`.map-panel[data-shown-date="${a.dates[0]}"]`).waitFor();
  });

  test('computes a buffer zone in its inlined worker', async ({ page, context }) => {
    const url = singleFile();
    const blocked = await offline(context);
    await page.goto(`${url}?v=1&scenario=buffer-zone&buffer=10`);
    await page.locator(READY).waitFor();
    await page.locator('.map[data-zone-km="10"]').waitFor();
    assert.ok((await km2(page, 'donetsk', 'dmz')) > 0, 'a strip in Donetsk');
    assert.deepEqual(blocked, []);
  });
});
