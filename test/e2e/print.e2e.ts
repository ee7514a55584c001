/**
 * Print: the page prints as a one-page A4 handout with the map as a picture, the scenario, the table
 * and the sources, and without the controls.
 */
import assert from 'node:assert/strict';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

/** Pages in a PDF: `/Type /Page` objects, not the `/Type /Pages` tree nodes. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** The plain line of control, and the scenario with the longest summary and note and most legend keys. */
const SCENARIOS = ['controlled', 'plan-2025-12'];

test.describe('print', () => {
  for (const id of SCENARIOS) {
    test(`${id}: prints an A4 handout on one page, with the map as a picture`, async ({ page }) => {
      await page.goto(`/?scenario=${id}`);
      await page.locator(READY).waitFor();
      await page.locator('.map-panel[data-shown-date]:not([data-shown-date=""])').waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const sel of [
        '[data-testid="area-table"]',
        '[data-testid="scenario-details"] h2',
        '.sources-print',
      ])
        assert.ok(await page.locator(sel).isVisible(), `${sel} printed`);
      // One line per credit, its licence named once (not "…, CC BY 4.0; … (CC BY 4.0)").
      const credits = await page.getByTestId('sources-print').locator('li').allInnerTexts();
      assert.ok(credits.length >= 5, credits.join('\n'));
      for (const line of credits)
        for (const licence of ['CC BY 4.0', 'CC BY-IGO', 'GPL-3.0', 'Public domain'])
          assert.ok(line.split(licence).length <= 2, `${licence} named twice: ${line}`);
      assert.equal(new Set(credits).size, credits.length, 'no credit repeated');
      for (const sel of [
        '[data-testid="date-slider"]',
        '[data-testid="share"]',
        '[data-testid="tour"]',
        'button',
      ])
        assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} hidden in print`);
      // page.pdf prints as the browser does: beforeprint swaps the map's picture in, afterprint takes it out.
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const widths = [
        ...pdf
          .toString('latin1')
          .matchAll(/\/Subtype\s*\/Image[^>]*?\/Width (\d+)|\/Width (\d+)[^>]*?\/Subtype\s*\/Image/g),
      ].map((m) => Number(m[1] ?? m[2]));
      assert.ok(
        widths.some((w) => w >= 300),
        `the map printed as a picture (images ${widths.join(', ') || 'none'})`,
      );
      assert.equal(pageCount(pdf), 1, 'one A4 page');
    });
  }
});
