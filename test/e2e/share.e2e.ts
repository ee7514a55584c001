/**
 * Sharing and exports as a journalist uses them: the embed dialog's code, the CSV against the table,
 * GeoJSON with its metadata, and images of the right size that are not blank and carry their credits.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { suite, test } from './harness.ts';
import { km2, READY, samplePixels } from './map-helpers.ts';
import { pngSize, readText } from '../../src/lib/export/png-chunks.ts';

async function download(page: Page, which: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${which}"]`).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}

/** Distinct colours (5 bits a channel) in a coarse sample of an image. */
async function colours(page: Page, png: Buffer): Promise<number> {
  const seen = new Set(
    (await samplePixels(page, png, 97)).map(([r, g, b]) => `${r >> 3},${g >> 3},${b >> 3}`),
  );
  return seen.size;
}

export default suite('share and export', [
  test('the embed dialog gives iframe code for the current view and gives focus back', async ({ page }) => {
    await page.goto('/?scenario=claimed');
    await page.locator(READY).waitFor();
    const opener = page.getByRole('button', { name: 'Embed…' });
    await opener.click();
    const dialog = page.getByTestId('embed-dialog');
    // The dialog's code loads on first use, so wait for it rather than checking at once.
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    assert.match(code, /<iframe[^>]+src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1/);
    assert.match(code, /scenario=claimed/);
    assert.match(code, /embed\.js/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await opener.evaluate((el) => el === document.activeElement), 'focus back on the button');
  }),

  test('the embed code follows the view as the reader changes it', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    const dialog = page.getByTestId('embed-dialog');
    /** The iframe's src in the dialog's code, checked against the address bar's permalink. */
    async function embedSrc(): Promise<URL> {
      await page.getByRole('button', { name: 'Embed…' }).click();
      await dialog.waitFor();
      const code = await dialog.locator('textarea').inputValue();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      const src = new URL((/src="([^"]+)"/.exec(code)?.[1] ?? '').replaceAll('&amp;', '&'));
      assert.equal(src.searchParams.get('embed'), '1');
      src.searchParams.delete('embed');
      assert.equal(src.search, new URL(page.url()).search, 'the embed shows the page’s view');
      return src;
    }
    assert.equal((await embedSrc()).searchParams.get('scenario'), 'us-plan-2025-11');
    await page.locator('button[data-scenario="alaska-2025-08"]').click();
    await page.waitForURL(/scenario=alaska-2025-08/);
    assert.equal((await embedSrc()).searchParams.get('scenario'), 'alaska-2025-08');
    await page.locator('button[data-scenario="controlled"]').click();
    await page.getByLabel('Choose a date').fill('2023-03-01');
    await page.waitForURL(/date=2023-03-01/);
    const src = await embedSrc();
    assert.equal(src.searchParams.get('scenario'), null);
    assert.equal(src.searchParams.get('date'), '2023-03-01');
  }),

  test('when the clipboard is refused, the embed dialog says so and selects the code', async ({ page }) => {
    // A string, not a function: tsx would wrap a function's named parts in a helper the page lacks.
    await page.addInitScript({
      content: `Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });`,
    });
    await page.goto('/?scenario=claimed');
    await page.locator(READY).waitFor();
    await page.getByRole('button', { name: 'Embed…' }).click();
    const dialog = page.getByTestId('embed-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    assert.match(await dialog.getByTestId('embed-copy-status').innerText(), /did not allow copying/);
    const selected = await dialog.locator('textarea').evaluate((el: HTMLTextAreaElement) => ({
      focused: el === document.activeElement,
      all: el.selectionStart === 0 && el.selectionEnd === el.value.length && el.value.length > 0,
    }));
    assert.deepEqual(selected, { focused: true, all: true });
  }),

  test('the CSV matches the table and says its sources and date', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    const csv = (await download(page, 'csv')).toString('utf8');
    assert.match(csv, /^# /m);
    assert.match(csv, /DeepStateMap/);
    assert.match(csv, /2026-08-22/);
    const lines = csv.split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
    const header = lines[0].split(',');
    const col = (name: string) => header.indexOf(name);
    for (const region of ['donetsk', 'kherson', 'ukraine']) {
      // Quoted names may hold commas ("Ukraine, total"); the numbers never do.
      const row = lines
        .find((l) => l.startsWith(`${region},`))
        ?.replace(/"(?:[^"]|"")*"/g, 'name')
        .split(',');
      assert.ok(row, `${region} row`);
      for (const c of ['ru', 'ua', 'dmz', 'change'])
        assert.equal(Number(row[col(`${c}_km2`)]), await km2(page, region, c), `${region} ${c}`);
    }
  }),

  test('GeoJSON holds the shapes and its metadata', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    const fc = JSON.parse((await download(page, 'geojson')).toString('utf8'));
    assert.equal(fc.type, 'FeatureCollection');
    assert.ok(fc.features.length > 10);
    assert.equal(fc.metadata.scenario, 'us-plan-2025-11');
    assert.equal(fc.metadata.date, '2026-08-22');
    const statuses = new Set(fc.features.map((f: { properties: { status: string } }) => f.properties.status));
    assert.ok(statuses.has('ru') && statuses.has('to-ua'), [...statuses].join());
  }),

  test('images are 1200×675 and 1080×1080 at 2×, not blank, with the credits inside', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    for (const [which, w, h] of [
      ['landscape', 2400, 1350],
      ['square', 2160, 2160],
    ] as const) {
      const png = await download(page, which);
      assert.deepEqual(pngSize(new Uint8Array(png)), { width: w, height: h });
      assert.match(readText(new Uint8Array(png)).Source ?? '', /DeepStateMap\.live/);
      const n = await colours(page, png);
      assert.ok(n > 30, `${which}: only ${n} colours`);
    }
  }),
]);
