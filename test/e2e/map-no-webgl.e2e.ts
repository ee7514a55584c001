/** The map page in a browser without WebGL: a clear message, the static picture, a working table. */
import assert from 'node:assert/strict';
import { test } from './fixtures.ts';
import { km2, READY } from './map-helpers.ts';

// Runs in the `no-webgl` project (playwright.config.ts): Chromium started with --disable-3d-apis.
test.describe('map without WebGL', () => {
  test('shows the message, a static picture and a working table', async ({ page }) => {
    await page.goto(`/?date=2024-09-01`);
    await page.locator(READY).waitFor();
    assert.match(await page.locator('.map-message').innerText(), /WebGL/);
    assert.ok(await page.locator('.map-panel svg[role="img"]').isVisible());
    assert.ok((await km2(page, 'donetsk', 'ru')) > 0);
    assert.ok((await km2(page, 'kursk', 'ua')) > 0, 'Ukraine-held land in Kursk on 2024-09-01');
    await page.locator('button[data-scenario="borders-1991"]').click();
    assert.equal(await km2(page, 'ukraine', 'ru'), 0);
  });
});
