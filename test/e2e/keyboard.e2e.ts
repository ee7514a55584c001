/**
 * The page with a keyboard only: Tab to each control, a visible focus ring on it, and the date,
 * scenario, area table and sources all usable; the live region reads the new figures out. Also what
 * readers who ask for reduced motion get: no playing by itself and no CSS transitions.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  assert.fail(`no focus on ${selector} after ${max} Tabs (focus is on ${at})`);
}

/** The focused element draws a focus ring at least 2 px wide in a colour of its own. */
async function assertVisibleFocus(page: Page, what: string): Promise<void> {
  const o = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
  });
  assert.notEqual(o.style, 'none', `${what}: no outline`);
  assert.ok(o.width >= 2, `${what}: outline is ${o.width}px`);
  assert.notEqual(o.color, 'rgba(0, 0, 0, 0)', `${what}: outline is transparent`);
}

const shownDate = (page: Page) => page.getByTestId('date-shown').locator('time').getAttribute('datetime');

test.describe('keyboard', () => {
  test('date, scenario, area table and sources with the keyboard only', async ({ page }) => {
    await page.goto('/');
    await page.locator(READY).waitFor();

    await tabTo(page, '[data-testid="date-slider"]');
    await assertVisibleFocus(page, 'date slider');
    const latest = await shownDate(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const early = await shownDate(page);
    assert.ok(early && latest && early < latest, `date went from ${latest} to ${early}`);
    assert.match(early ?? '', /^2022-04/);
    await page.waitForURL(/date=2022-04/);

    await tabTo(page, '[data-testid="scenario-slider"]');
    await assertVisibleFocus(page, 'scenario slider');
    await page.keyboard.press('End');
    await page.waitForURL(/scenario=claimed/);
    assert.match(
      (await page.locator('[data-scenario="claimed"]').getAttribute('aria-pressed')) ?? '',
      /true/,
    );
    // The live region reads the new scenario and its figures once the slider settles.
    await page.waitForFunction(() =>
      /^Claimed by Russia as annexed: [\d,]+ km² under Russian control, [\d.]+% of Ukraine; [\d,]+ km² more than the line of \d+ April 2022$/.test(
        document.querySelector('[data-testid="live-status"]')?.textContent ?? '',
      ),
    );

    await tabTo(page, '[role="region"][aria-labelledby="table-caption"]');
    await assertVisibleFocus(page, 'area table');
    const table = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
    assert.match(table, /Donetsk Oblast\s+[\d,]+\s+[\d.]+%/);
    assert.match(table, /Ukraine, total\s+[\d,]+/);

    await tabTo(page, '[data-testid="layer-sources"] > summary');
    await assertVisibleFocus(page, 'sources');
    assert.equal(await page.getByTestId('layer-sources').evaluate((d: HTMLDetailsElement) => d.open), false);
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('layer-sources').evaluate((d: HTMLDetailsElement) => d.open), true);
    assert.ok(await page.getByTestId('layer-sources').locator('li[data-layer]').first().isVisible());
  });

  test('the live region follows scenario changes in Ukrainian', async ({ page }) => {
    await page.goto('/?lang=uk&date=2026-08-22');
    await page.locator(READY).waitFor();
    const live = page.getByTestId('live-status');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    assert.ok(!(await live.isVisible()) || (await live.boundingBox())!.width <= 1, 'visually hidden');
    await page.locator('[data-scenario="us-plan-2025-11"]').click();
    await page.waitForFunction(() =>
      /км² під контролем Росії, .*території України; на .*км² (більше|менше), ніж за лінією контролю на/.test(
        document.querySelector('[data-testid="live-status"]')?.textContent ?? '',
      ),
    );
    const title = await page.locator('[data-scenario="us-plan-2025-11"] .title').innerText();
    const said = (await live.textContent()) ?? '';
    assert.ok(said.startsWith(`${title}:`), said);
  });

  test('reduced motion: nothing plays by itself and transitions are off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?tour=front-line-2022-2026&step=2');
    await page.locator(READY).waitFor();
    await page.waitForURL(/date=2022-09-12/); // the tour step's date
    await page.waitForTimeout(1000);
    assert.equal(await shownDate(page), '2022-09-12', 'the date stayed put');
    assert.equal(await page.locator('button.play').getAttribute('aria-pressed'), 'false');
    const duration = await page
      .locator('button.play')
      .evaluate((b) => parseFloat(getComputedStyle(b).transitionDuration));
    assert.ok(duration < 0.001, `transition lasts ${duration}s`);
  });
});
