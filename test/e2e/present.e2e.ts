/**
 * Classroom use: presentation mode at projector size, stepping a guided tour by keyboard (as a
 * presenter clicker does), and tour permalinks.
 */
import assert from 'node:assert/strict';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

const datetime = async (page: import('playwright-core').Page) =>
  page.getByTestId('date-shown').locator('time').getAttribute('datetime');

test.describe('present', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('presentation mode: large type, key numbers on screen, keys walk the tour', async ({ page }) => {
    await page.goto('/?present=1&tour=front-line-2022-2026&step=1');
    await page.locator(READY).waitFor();
    const panel = page.getByTestId('present-panel');
    await panel.waitFor(); // the overlay loads when presentation starts
    const size = await panel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 24, `presentation text is ${size}px`);
    assert.match(await panel.innerText(), /km² of Ukraine under Russian control/);
    assert.match(await panel.innerText(), /Step 1 of 9/);
    const first = await panel.getByTestId('tour-caption').innerText();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=2/);
    assert.match(await panel.innerText(), /Step 2 of 9/);
    assert.notEqual(await panel.getByTestId('tour-caption').innerText(), first);
    assert.match(page.url(), /date=2022-09-12/);
    await page.keyboard.press('PageDown');
    await page.waitForURL(/step=3/);
    await page.keyboard.press('PageUp');
    await page.waitForURL(/step=2/);
    await page.keyboard.press('9');
    await page.waitForURL(/scenario=claimed/);
    assert.match(await panel.locator('h2').first().innerText(), /Claimed by Russia/);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('present='));
    assert.equal(await panel.count(), 0);
  });

  test('a tour link opens on its step; scenario, date and caption follow the steps', async ({ page }) => {
    await page.goto('/?tour=proposals&step=4');
    await page.locator(READY).waitFor();
    assert.match(await page.getByTestId('tour-step').innerText(), /Step 4 of 9/);
    assert.equal(
      await page.locator('button[data-scenario][aria-pressed="true"]').getAttribute('data-scenario'),
      'ceasefire-2025-03',
    );
    assert.equal(await datetime(page), '2025-03-11');
    await page.getByRole('button', { name: /Next step/ }).click();
    await page.waitForURL(/step=5/);
    const id = await page.locator('button[data-scenario][aria-pressed="true"]').getAttribute('data-scenario');
    assert.notEqual(id, 'ceasefire-2025-03');
    // A step's sources read "name, date; name, date", spaces included.
    await page.goto('/?tour=front-line-2022-2026&step=2');
    await page.locator(READY).waitFor();
    const sources = (await page.getByTestId('tour-sources').innerText()).trim();
    assert.match(sources, /^[^;]+, \d{1,2} \w+ \d{4}(; [^;]+, \d{1,2} \w+ \d{4})+$/, sources);
    await page.getByRole('button', { name: 'End the tour' }).click();
    await page.waitForURL((u) => !u.search.includes('tour='));
  });

  test('the Present button enters presentation mode', async ({ page }) => {
    await page.goto('/');
    await page.locator(READY).waitFor();
    await page.getByRole('button', { name: /Present full screen/ }).click();
    await page.waitForURL(/present=1/);
    await page.getByTestId('present-panel').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/scenario=kursk-exchange-2025-02/);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('present='));
    const button = page.getByRole('button', { name: /Present full screen/ });
    await button.waitFor();
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus back on Present');
  });
});
