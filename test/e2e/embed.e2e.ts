/**
 * Embed mode as an article's iframe sees it: compact from 300 px, title, legend, key numbers and
 * source kept, a link to the full app, and plain scrolling left to the page (cooperative gestures).
 */
import assert from 'node:assert/strict';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

test.describe('embed', () => {
  test.use({ viewport: { width: 300, height: 700 } });

  test('fits 300 px with the title, legend, key numbers, source line and a link out', async ({ page }) => {
    await page.goto('/?embed=1&scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    assert.ok(await page.locator('h1').isVisible());
    assert.equal(await page.locator('.description').count(), 0, 'no page description');
    assert.ok(await page.locator('.legend').isVisible());
    assert.match(await page.getByTestId('area-summary').innerText(), /km² of Ukraine under Russian control/);
    assert.match(await page.locator('.source-line').innerText(), /DeepStateMap\.live/);
    assert.equal(await page.getByTestId('area-table').count(), 0, 'the full table stays in the full app');
    const href = (await page.getByRole('link', { name: /Open the full map/ }).getAttribute('href')) ?? '';
    assert.match(href, /scenario=us-plan-2025-11/);
    assert.doesNotMatch(href, /embed=/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the frame`);
  });

  test('plain wheel scrolling does not zoom the map and says how to', async ({ page }) => {
    await page.goto('/?embed=1');
    await page.locator(READY).waitFor();
    const box = await page.locator('.map').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.locator('.maplibregl-cooperative-gesture-screen.maplibregl-show').waitFor();
    await page.waitForTimeout(300);
    assert.doesNotMatch(page.url(), /view=/, 'the camera did not move');
  });

  test('a tour link shows its caption and steps inside the embed', async ({ page }) => {
    await page.goto('/?embed=1&tour=proposals&step=4');
    await page.locator(READY).waitFor();
    const caption = page.getByTestId('tour-caption');
    await caption.waitFor();
    const first = await caption.innerText();
    assert.ok(first.length > 20, first);
    assert.match(await page.getByTestId('tour-step').innerText(), /Step 4 of 17/);
    assert.equal(await page.getByRole('combobox', { name: /Choose a tour/ }).count(), 0, 'no tour list');
    await page.getByRole('button', { name: /Next step/ }).click();
    await page.waitForURL(/step=5/);
    assert.notEqual(await caption.innerText(), first);
    const href = (await page.getByRole('link', { name: /Open the full map/ }).getAttribute('href')) ?? '';
    assert.match(href, /tour=proposals/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the frame`);
  });

  test('a tour step on the newest day opens without the whole history; a step back in time fetches it', async ({
    page,
  }) => {
    const history: string[] = [];
    page.on('request', (r) => r.url().endsWith('/data/history.bin') && history.push(r.url()));
    await page.goto('/?embed=1&tour=proposals&step=3');
    await page.locator(READY).waitFor();
    await page.getByTestId('tour-caption').waitFor();
    await page.waitForTimeout(1000);
    assert.deepEqual(history, [], 'step 3 is on the newest day');
    await page.getByRole('button', { name: /Next step/ }).click();
    await page.waitForURL(/step=4/);
    // Step 4 (the US "final offer") stands on the line of 17 April 2025.
    await page.getByTestId('date-shown').getByText('17 April 2025').waitFor();
    assert.equal(history.length, 1);
  });
});
