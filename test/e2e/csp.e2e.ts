/**
 * The app under a strict Content-Security-Policy (vite.config.ts `CSP`, sent by the preview server
 * every browser test runs against): the header is there, and using the app reports no violation.
 */
import assert from 'node:assert/strict';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';
import { CSP } from '../../vite.config.ts';

test.describe('content security policy', () => {
  test('is sent, and the map, scenarios, compare view and exports raise no violation', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const res = await page.goto('/?scenario=us-plan-2025-11&compare=claimed');
    assert.equal(res?.headers()['content-security-policy'], CSP);
    await page.locator(READY).waitFor();
    await page.locator('[data-testid="compare-map"][data-shown]').waitFor();
    await Promise.all([page.waitForEvent('download'), page.locator('[data-export="landscape"]').click()]);
    await page.getByTestId('date-slider').isDisabled();
    await page.locator('button[data-scenario="controlled"]').click();
    const slider = page.getByTestId('date-slider');
    await slider.focus();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(1500);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    assert.deepEqual(violations, []);
  });
});
