/**
 * A part of the app that fails to download (a chunk loaded on first use), or a map whose WebGL context
 * is taken away, is said to the reader where it would have been; the rest of the page keeps working.
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
    // The figures are made once the map is on screen, after the side column: wait for both.
    await alerts.nth(1).waitFor();
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

test.describe('lost WebGL context', () => {
  test('the map says so and offers a reload; the table keeps working', async ({ page }) => {
    const uncaught = watchUncaught(page);
    await page.goto('/');
    await page.locator(READY).waitFor();
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas')!;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      gl!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    const notice = page.getByTestId('context-lost');
    await notice.waitFor();
    assert.match(await notice.innerText(), /stopped drawing the map/);
    assert.ok(await notice.getByRole('button', { name: 'Reload the map' }).isVisible());
    await page.locator('button[data-scenario="claimed"]').click();
    await page.waitForURL(/scenario=claimed/);
    assert.ok(
      Number(
        await page
          .locator('[data-testid="area-table"] tr[data-region="ukraine"] td[data-col="ru"]')
          .getAttribute('data-km2'),
      ) > 100_000,
    );
    assert.deepEqual(uncaught, []);
  });
});
