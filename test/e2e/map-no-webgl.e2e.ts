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

  test('draws the buffer zone’s strip, on the compared side too', async ({ page }) => {
    await page.goto('/?v=1&scenario=buffer-zone&compare=controlled');
    await page.locator(READY).waitFor();
    const pictures = page.locator('.map-panel svg[role="img"]');
    await pictures.nth(1).waitFor();
    await pictures.nth(0).getByTestId('static-zone').waitFor({ state: 'attached' });
    assert.equal(await pictures.nth(1).getByTestId('static-zone').count(), 0, 'the line of control has none');
    await page.goto('/?v=1&scenario=controlled&compare=buffer-zone');
    await page.locator(READY).waitFor();
    await pictures.nth(1).getByTestId('static-zone').waitFor({ state: 'attached' });
    assert.equal(await pictures.nth(0).getByTestId('static-zone').count(), 0);
  });
});
