/**
 * Print: the page prints as a one-page A4 handout with the map as a picture, the scenario, the table
 * and the sources, and without the controls.
 */
import assert from 'node:assert/strict';
import { suite, test } from './harness.ts';
import { READY } from './map-helpers.ts';

/** Pages in a PDF: `/Type /Page` objects, not the `/Type /Pages` tree nodes. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** The plain line of control, and the scenario with the longest summary and note and most legend keys. */
const SCENARIOS = ['controlled', 'plan-2025-12'];

export default suite(
  'print',
  SCENARIOS.map((id) =>
    test(`${id}: prints an A4 handout on one page, with the map as a picture`, async ({ page }) => {
      await page.goto(`/?scenario=${id}`);
      await page.locator(READY).waitFor();
      await page.locator('.map-panel[data-shown-date]:not([data-shown-date=""])').waitFor();
      // What the browser does on print: beforeprint (on the screen layout) swaps the map's picture in.
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const img = page.locator('img.print-map');
      await img.waitFor();
      const size = await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth));
      assert.ok(size > 100, `map picture is ${size} px wide`);
      for (const sel of [
        '[data-testid="area-table"]',
        '[data-testid="scenario-details"] h2',
        '.sources-print',
      ])
        assert.ok(await page.locator(sel).isVisible(), `${sel} printed`);
      for (const sel of [
        '[data-testid="date-slider"]',
        '[data-testid="share"]',
        '[data-testid="tour"]',
        'button',
      ])
        assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} hidden in print`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.equal(pageCount(pdf), 1, 'one A4 page');
    }),
  ),
);
