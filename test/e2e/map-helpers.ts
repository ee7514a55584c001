/** Helpers shared by the map's e2e suites. */
import type { Page } from 'playwright-core';

/** Selector for the page once data and map show the current state. */
export const READY = 'main[data-status="ready"]';

/** km² in a table cell, as the plain data-km2 attribute. */
export async function km2(page: Page, region: string, col: string): Promise<number> {
  const v = await page.locator(`tr[data-region="${region}"] td[data-col="${col}"]`).getAttribute('data-km2');
  return Number(v);
}
