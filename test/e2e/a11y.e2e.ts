/**
 * Accessibility as axe-core measures it (WCAG 2.x A/AA rules plus best practices): no violations in
 * the full app in English and Ukrainian, light and dark, in an embed at phone width, in presentation
 * mode and with the Embed dialog open.
 */
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

/** Runs axe on the page and fails with a readable list of every violation and where it is. */
async function expectNoViolations(page: Page): Promise<void> {
  // MapLibre's own canvas container carries role="region" and aria-label from our map options, and
  // its attribution/controls are real buttons and links: all of it is checked. Only the <canvas> is
  // left out, since axe cannot read a WebGL picture's contrast and reports it as "incomplete" anyway.
  // label-content-name-mismatch (WCAG 2.5.3, "label in name") is off in axe by default, being
  // experimental: it is turned on, since a control's spoken name must hold the words it shows.
  const results = await new AxeBuilder({ page })
    .exclude('.maplibregl-canvas')
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
  assert.equal(results.violations.length, 0, `axe violations:\n${report}`);
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await page.locator(READY).waitFor();
}

test.describe('a11y', () => {
  test('default view', async ({ page }) => {
    await open(page, '');
    await expectNoViolations(page);
  });

  test('Ukrainian', async ({ page }) => {
    await open(page, '?lang=uk');
    await expectNoViolations(page);
  });

  test('Ukrainian, playing', async ({ page }) => {
    // The play button's name and text change while it plays.
    await open(page, '?lang=uk&date=2022-04-04');
    await page.locator('button.play').click();
    await page.locator('button.play[aria-pressed="true"]').waitFor();
    await expectNoViolations(page);
    await page.locator('button.play').click();
  });

  test('embed at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await open(page, '?embed=1');
    await expectNoViolations(page);
  });

  test('presentation mode on a tour step', async ({ page }) => {
    await open(page, '?present=1&tour=front-line-2022-2026&step=2');
    await page.getByTestId('present-panel').waitFor();
    await expectNoViolations(page);
  });

  test('Embed dialog open', async ({ page }) => {
    await open(page, '');
    await page.getByRole('button', { name: 'Embed…' }).click();
    await page.getByTestId('embed-dialog').waitFor();
    await expectNoViolations(page);
  });

  test('dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '');
    await expectNoViolations(page);
  });

  test('phone width, compare view, every panel open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await open(page, '?compare=claimed');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await expectNoViolations(page);
  });

  test('dark theme, embed at 360 px', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 360, height: 640 });
    await open(page, '?embed=1&lang=uk');
    await expectNoViolations(page);
  });

  test('dark theme, Ukrainian, presentation mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?lang=uk&present=1&tour=front-line-2022-2026&step=2');
    await page.getByTestId('present-panel').waitFor();
    await expectNoViolations(page);
  });
});
