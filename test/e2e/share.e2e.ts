/**
 * Sharing and exports as a journalist uses them: the embed dialog's code, the CSV against the table,
 * GeoJSON with its metadata, and images of the right size that show the whole area on screen,
 * drawn sharp from a desktop and from a phone, and carry their credits.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures.ts';
import { km2, READY, RU_FILL, samplePixels } from './map-helpers.ts';
import { pngSize, readText } from '../../src/lib/export/png-chunks.ts';
import { imageLayout, SCALE, type ImageFormat } from '../../src/lib/export/image-layout.ts';

async function download(page: Page, which: string): Promise<Buffer> {
  const [file] = await Promise.all([
    // An image takes a while in software WebGL: the map is drawn afresh at the image's size.
    page.waitForEvent('download', { timeout: 90_000 }),
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

/** Colour of the frame round the map in an exported image (render-image.ts). */
const FRAME = [0xd8, 0xd4, 0xcc];

interface MapInImage {
  /** First and last rows of the frame round the map, in image pixels. */
  top: number;
  bottom: number;
  /** Box round the Russian-held fill inside the frame, or null when there is none. */
  ru: { left: number; top: number; right: number; bottom: number } | null;
  /** Share of colour steps between neighbouring pixels that are sharp: low when the map was blown up. */
  crisp: number;
}

/** Finds the map in an exported image (its frame spans the layout's map columns) and measures it in the page. */
async function mapIn(
  page: Page,
  png: Buffer,
  format: ImageFormat,
): Promise<MapInImage & { left: number; right: number }> {
  const { x, w } = imageLayout(format).map;
  const [left, right] = [x * SCALE, (x + w) * SCALE - 1];
  const found = await page.evaluate(
    async ({ b64, left, right, frame, ru }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      const rows: number[] = [];
      for (let y = 0; y < img.height; y++) {
        let hits = 0;
        for (let x = left + 4; x < right - 4; x++) {
          const i = (y * img.width + x) * 4;
          if ([0, 1, 2].every((c) => Math.abs(d[i + c] - frame[c]) <= 3)) hits++;
        }
        if (hits > 0.95 * (right - left - 8)) rows.push(y);
      }
      if (!rows.length) return null;
      const top = rows[0];
      const bottom = rows[rows.length - 1];
      let box: { left: number; top: number; right: number; bottom: number } | null = null;
      let sharp = 0;
      let steps = 0;
      for (let y = top + 2; y < bottom - 2; y++)
        for (let x = left + 2; x < right - 2; x++) {
          const i = (y * img.width + x) * 4;
          if ([0, 1, 2].every((c) => Math.abs(d[i + c] - ru[c]) <= 12)) {
            box ??= { left: x, top: y, right: x, bottom: y };
            box.left = Math.min(box.left, x);
            box.right = Math.max(box.right, x);
            box.bottom = y;
          }
          const step = Math.abs(
            0.3 * (d[i] - d[i + 4]) + 0.59 * (d[i + 1] - d[i + 5]) + 0.11 * (d[i + 2] - d[i + 6]),
          );
          if (step > 8) steps++;
          if (step > 60) sharp++;
        }
      return { top, bottom, ru: box, crisp: sharp / steps };
    },
    { b64: png.toString('base64'), left, right, frame: FRAME, ru: RU_FILL },
  );
  assert.ok(found, `${format}: no frame round the map`);
  return { ...found, left, right };
}

/**
 * The map in the image holds all of the Russian-held land shown on screen at the default view
 * (Crimea to Luhansk) with room round it, and is drawn at the image's resolution: a crop of the
 * screen cuts it at an edge, and a phone's small map blown up 2× has few sharp colour steps.
 */
async function checkMap(page: Page, png: Buffer, format: ImageFormat) {
  const m = await mapIn(page, png, format);
  // The square image's map takes the height the numbers and legend leave free.
  const minHeight = format === 'square' ? 760 : imageLayout(format).map.h - 1;
  assert.ok(
    (m.bottom - m.top) / SCALE >= minHeight,
    `${format}: map only ${(m.bottom - m.top) / SCALE} px high`,
  );
  assert.ok(m.ru, `${format}: no Russian-held land on the map`);
  const margins = [m.ru.left - m.left, m.right - m.ru.right, m.ru.top - m.top, m.bottom - m.ru.bottom];
  assert.ok(
    margins.every((px) => px > 6),
    `${format}: Russian-held land reaches the map's edge (left, right, top, bottom: ${margins.join(', ')} px)`,
  );
  assert.ok(m.crisp > 0.2, `${format}: map looks blown up (${m.crisp.toFixed(3)} sharp steps)`);
}

test.describe('share and export', () => {
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
  });

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
    // Format 1 names the default scenario too, so the embed keeps it if the default changes.
    assert.equal(src.searchParams.get('v'), '1');
    assert.equal(src.searchParams.get('scenario'), 'controlled');
    assert.equal(src.searchParams.get('date'), '2023-03-01');
  });

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
  });

  test('an image that cannot be made is said in the panel, not thrown', async ({ page }) => {
    test.setTimeout(120_000);
    // The fixture fails the test on an unhandled rejection: the failure must end in the status line.
    await page.addInitScript({
      content: `HTMLCanvasElement.prototype.toBlob = function (callback) { callback(null); };`,
    });
    await page.goto('/?scenario=claimed');
    await page.locator(READY).waitFor();
    await page.locator('[data-export="square"]').click();
    await expect(page.getByTestId('share').getByRole('status')).toHaveText(
      /could not be made \(the image could not be encoded\)/,
      { timeout: 90_000 },
    );
    await expect(page.locator('[data-export="square"]')).toBeEnabled();
  });

  test('the CSV matches the table and says its sources and date', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    const bytes = await download(page, 'csv');
    // UTF-8 with a byte-order mark (Excel), then the header row first.
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    assert.match(csv, /^region,part_of,name,/);
    assert.match(csv, /^#,source,/m);
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
  });

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
  });

  test('images from a desktop are 1200×675 and 1080×1080 at 2×, show the whole view sharp, with the credits and link inside', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    for (const [which, w, h] of [
      ['landscape', 2400, 1350],
      ['square', 2160, 2160],
    ] as const) {
      const png = await download(page, which);
      assert.deepEqual(pngSize(new Uint8Array(png)), { width: w, height: h });
      const chunks = readText(new Uint8Array(png));
      assert.match(chunks.Source ?? '', /DeepStateMap\.live/);
      assert.equal(chunks.URL, page.url());
      const n = await colours(page, png);
      assert.ok(n > 30, `${which}: only ${n} colours`);
      await checkMap(page, png, which);
    }
  });

  test('images from a phone show the whole view, drawn at the image’s size rather than blown up', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    for (const which of ['landscape', 'square'] as const)
      await checkMap(page, await download(page, which), which);
  });

  test('files carry the link to the view as it is when exported, after the reader moved the map', async ({
    page,
  }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    // A first export before the move: a link worked out once and kept would show up in the second.
    assert.ok((await download(page, 'csv')).toString('utf8').includes(`#,link,${page.url()}`));
    await page.evaluate(() => scrollTo(0, 0)); // the download buttons are further down
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes('view='));
    const csv = (await download(page, 'csv')).toString('utf8');
    // The link holds commas (view=lon,lat,zoom), so it is one quoted field.
    assert.ok(csv.includes(`#,link,"${page.url()}"`), csv.split('\n').slice(-3).join('\n'));
    const fc = JSON.parse((await download(page, 'geojson')).toString('utf8'));
    assert.equal(fc.metadata.link, page.url());
  });
});
