/**
 * A 360 × 640 phone: nothing is wider than the screen (wide tables scroll inside their own box),
 * nothing sticks out of it, and presentation mode leaves part of the map in view.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

async function assertFits(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what}: page is ${overflow}px wider than the screen`);
  // Every visible element ends inside the screen, except inside a box that scrolls sideways.
  const out = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        if (el.closest('.scroll, .table-box, .maplibregl-map, .map-panel')) return false;
        return r.left < -1 || r.right > window.innerWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 10),
  );
  assert.deepEqual(out, [], `${what}: elements outside the screen`);
}

/** Scrolls the header away, as a reader does to see the whole map above the sheet. */
async function scrollToMap(page: Page): Promise<void> {
  await page
    .locator('.map-col')
    .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 8));
}

/** Two elements' boxes do not overlap. */
async function assertApart(page: Page, a: string, b: string): Promise<void> {
  const [ra, rb] = await Promise.all([page.locator(a).boundingBox(), page.locator(b).boundingBox()]);
  assert.ok(ra && rb, `${a} and ${b} are on the page`);
  const overlap =
    ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height;
  assert.ok(!overlap, `${a} overlaps ${b}`);
}

// Runs in the `phone` project (playwright.config.ts): a 360 × 640 viewport.
test.describe('small screen', () => {
  test('the full app fits 360 px, in English and Ukrainian', async ({ page }) => {
    for (const lang of ['en', 'uk']) {
      await page.goto(`/?lang=${lang}&compare=claimed`);
      await page.locator(READY).waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await assertFits(page, lang);
      await assertApart(page, 'h1', '.header-buttons');
      await scrollToMap(page);
      await assertApart(page, '.map-col', '.controls');
    }
  });

  test('the sliders sit in a bottom sheet under the map; the rest opens on request', async ({ page }) => {
    await page.goto('/?date=2026-08-22');
    await page.locator(READY).waitFor();
    await scrollToMap(page);
    const slider = page.getByTestId('date-slider');
    for (const el of [slider, page.getByRole('slider', { name: /Scenario/ })]) {
      const box = (await el.boundingBox())!;
      assert.ok(box.y >= 0 && box.y + box.height <= 640, `slider at ${box.y}px is on screen`);
    }
    const map = (await page.locator('.map-col').boundingBox())!;
    assert.ok(map.height >= 640 * 0.4, `map is ${map.height}px tall beside the sheet`);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/date=2026-08-21/);
    assert.equal(await page.locator('.sheet .legend').count(), 0, 'legend waits in the closed sheet');
    await page.getByRole('button', { name: /More: terms, tours, legend/ }).click();
    const less = page.getByRole('button', { name: 'Less', exact: true });
    assert.equal(await less.getAttribute('aria-expanded'), 'true');
    await page.locator('.sheet .legend').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /More: terms, tours, legend/, expanded: false }).waitFor();
    await page.getByTestId('area-table').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByRole('button', { name: 'Controls', exact: true }).waitFor();
    const sheet = (await page.locator('.sheet').boundingBox())!;
    assert.ok(sheet.height < 80, `the sheet tucks away over the table (${sheet.height}px)`);
  });

  test('presentation mode on a phone: the panel fits and the map shows above it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // the camera jumps: no flight to wait out
    await page.goto('/?present=1&tour=front-line-2022-2026&step=3');
    await page.getByTestId('present-panel').waitFor();
    const box = await page.getByTestId('present-panel').boundingBox();
    assert.ok(box);
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `panel spans ${box.x}–${box.x + box.width}`);
    assert.ok(box.y >= 640 * 0.4, `panel starts at ${box.y}px: the map above it is hidden`);
    await assertFits(page, 'present');
    // Step 3 looks at Lyman (37.9° E, 49.05° N, Donetsk oblast) and must centre it in the map
    // above the panel (the top 45 %), not beside a side panel a phone does not have: there the
    // point shown would lie in Kharkiv oblast.
    await page.locator(READY).waitFor();
    await page.waitForTimeout(500);
    await page.mouse.move(180, Math.round((640 * 0.45) / 2));
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    assert.match(await tip.innerText(), /^Donetsk/);
  });
});
