/**
 * A part of the app that fails to download (a chunk loaded on first use) is said to the reader where
 * it would have been; the rest of the page keeps working.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

// The browser logs each refused download as a console error; what the page must not add is an
// uncaught error or rejection, which each test watches for itself.
test.use({ allowErrors: true });

function watchUncaught(page: Page): string[] {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  return uncaught;
}

test.describe('missing chunks', () => {
  test('the figures and the side column’s parts say they could not load; map and date still work', async ({
    page,
  }) => {
    const uncaught = watchUncaught(page);
    await page.route(/\/assets\/(Figures|full-parts)-[^/]+\.js$/, (route) => route.abort());
    await page.goto('/');
    await page.locator(READY).waitFor();
    const alerts = page.getByRole('alert').filter({ hasText: 'Part of this page could not be loaded' });
    await alerts.first().waitFor();
    assert.ok((await alerts.count()) >= 2, 'figures and side column each say so');
    assert.match(await page.getByTestId('date-shown').innerText(), /22 August 2026/);
    assert.deepEqual(uncaught, []);
  });

  test('scenario texts that cannot load are said in the details panel', async ({ page }) => {
    const uncaught = watchUncaught(page);
    await page.route(/\/assets\/_virtual_scenario-texts-[^/]+\.js$/, (route) => route.abort());
    await page.goto('/');
    await page.locator(READY).waitFor();
    await page.getByText('The description of this scenario could not be loaded').waitFor();
    assert.deepEqual(uncaught, []);
  });
});
