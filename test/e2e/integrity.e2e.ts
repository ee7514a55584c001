/**
 * Damaged data files: a copy of a file in public/data that is truncated or altered (its bytes differ
 * from the size and SHA-256 in manifest.json) must give a clear message naming the file, never a
 * blank page or a silently wrong map. A damaged history leaves the page working on the latest day.
 */
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';
import { fulfillWith } from './routes.ts';

const LATEST = '2026-08-22';
const ERROR = 'main[data-status="error"]';

/** One byte changed: the digit 7 to 8 (in a JSON file, still valid JSON), same length, different bytes. */
function tamper(body: Buffer): Buffer {
  const copy = Buffer.from(body);
  const i = copy.indexOf('7', Math.floor(copy.length / 2));
  assert.ok(i > 0, 'a byte to change');
  copy[i] = '8'.charCodeAt(0);
  return copy;
}
const truncate = (body: Buffer) => body.subarray(0, Math.floor(body.length / 2));

/** Serves `file` from the preview server with its body changed by `change`. */
async function serveDamaged(page: Page, file: string, change: (b: Buffer) => Buffer): Promise<void> {
  await page.route(`**/data/${file}`, async (route: Route) => {
    const res = await route.fetch();
    await fulfillWith(route, res, { body: change(await res.body()) });
  });
}

async function errorText(page: Page): Promise<string> {
  await page.locator(ERROR).waitFor();
  return page.getByRole('alert').innerText();
}

test.describe('integrity', () => {
  test('an altered areas-first.json gives an error naming it, not a blank page', async ({ page }) => {
    await serveDamaged(page, 'areas-first.json', tamper);
    await page.goto('/');
    const text = await errorText(page);
    assert.match(text, /areas-first\.json is truncated or altered/);
    assert.match(text, /npm run data/);
    assert.ok(await page.getByRole('heading', { level: 1 }).isVisible(), 'the page itself still shows');
  });

  test('a truncated areas.json, needed up front for another day, gives the same error', async ({ page }) => {
    await serveDamaged(page, 'areas.json', truncate);
    await page.goto('/?date=2023-01-01');
    assert.match(await errorText(page), /areas\.json is truncated or altered/);
  });

  test('an areas.json altered after the first view is a notice, and the page stays on the latest day', async ({
    page,
  }) => {
    await serveDamaged(page, 'areas.json', tamper);
    await page.goto('/');
    await page.locator(READY).waitFor();
    const notice = page.getByTestId('data-problem');
    await notice.waitFor();
    assert.match(await notice.innerText(), /areas\.json is truncated or altered/);
    assert.ok(await page.getByTestId('date-slider').isDisabled());
    assert.equal(await page.locator('.map-panel').getAttribute('data-shown-date'), LATEST);
  });

  test('the error is in Ukrainian on a Ukrainian page', async ({ page }) => {
    await serveDamaged(page, 'regions.bin', tamper);
    await page.goto('/?lang=uk');
    assert.match(await errorText(page), /regions\.bin обрізаний або змінений/);
  });

  test('an altered history asked for up front leaves the latest day, everywhere, and says why', async ({
    page,
  }) => {
    await serveDamaged(page, 'history.bin', tamper);
    await page.goto('/?date=2023-01-01');
    await page.locator(READY).waitFor();
    const notice = page.getByTestId('data-problem');
    assert.match(await notice.innerText(), /history\.bin is truncated or altered.*latest day/);
    // The map, the date shown and the table all speak of the latest day, and the controls stay there.
    assert.equal(await page.locator('.map-panel').getAttribute('data-shown-date'), LATEST);
    assert.equal(await page.getByTestId('date-shown').locator('time').getAttribute('datetime'), LATEST);
    assert.match(await page.locator('[data-testid="area-table"] caption').innerText(), /22 August 2026/);
    assert.ok(await page.getByTestId('date-slider').isDisabled());
    await page.waitForURL(new RegExp(`date=${LATEST}`));
  });

  test('a history altered after the page is ready says so, and the page stays on the day it can draw', async ({
    page,
  }) => {
    await serveDamaged(page, 'history.bin', truncate);
    await page.goto('/');
    await page.locator(READY).waitFor();
    const notice = page.getByTestId('data-problem');
    await notice.waitFor();
    assert.match(await notice.innerText(), /history\.bin is truncated or altered/);
    assert.ok(await page.getByTestId('date-slider').isDisabled());
    await page.getByTestId('date-slider').focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.getByTestId('date-shown').locator('time').getAttribute('datetime'), LATEST);
    assert.equal(await page.locator('.map-panel').getAttribute('data-shown-date'), LATEST);
    assert.equal(await page.locator(READY).count(), 1, 'still ready');
  });
});
