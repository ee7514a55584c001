/**
 * People and places: the people table (pre-war populations from GeoNames) per region beside the area
 * table, the largest towns named in the page's language, Kyiv's own figure where it applies, town
 * labels as the reader zooms in, and an embed that fetches the settlements only when it needs them.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

const TABLE = 'table[data-testid="people-table"]';
const COLS = ['ru', 'ua', 'dmz', 'contested'] as const;
const ROWS = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'other'] as const;
const SETTLEMENTS = '/data/settlements.json';

/** Every cell's people, as their plain data-people attributes, by row and column: whole numbers. */
async function cells(page: Page): Promise<Record<string, Record<string, number>>> {
  const raw = await page
    .locator(`${TABLE} tr[data-region]`)
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-region')!,
        [...r.querySelectorAll('td[data-col]')].map((td) => [
          td.getAttribute('data-col')!,
          td.getAttribute('data-people'),
        ]),
      ]),
    );
  const out: Record<string, Record<string, number>> = {};
  for (const [region, tds] of raw as [string, [string, string | null][]][]) {
    out[region] = {};
    for (const [col, v] of tds) {
      assert.match(v ?? '', /^-?\d+$/, `${region} ${col}: data-people ${v}`);
      out[region][col] = Number(v);
    }
  }
  return out;
}

/** Everyone a row counts, on whichever side: the same under every scenario. */
const rowTotal = (row: Record<string, number>) => COLS.reduce((a, c) => a + row[c], 0);

async function open(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await page.locator(READY).waitFor();
  await page.locator(TABLE).waitFor();
}

test.describe('people', () => {
  test('the table has the regions and Ukraine’s total, in whole people that add up', async ({ page }) => {
    await open(page, '?scenario=controlled');
    const line = await cells(page);
    assert.deepEqual(Object.keys(line), [...ROWS, 'ukraine', 'kursk']);
    assert.ok(rowTotal(line.donetsk) > 1_000_000, `Donetsk counts ${rowTotal(line.donetsk)}`);
    // Ukraine's row is its regions' rows, column by column.
    for (const col of COLS)
      assert.equal(
        line.ukraine[col],
        ROWS.reduce((a, r) => a + line[r][col], 0),
        col,
      );
    // The line of control moves nobody.
    assert.equal(line.ukraine.change, 0);
    assert.match(
      await page.locator('section.people').innerText(),
      /Pre-war population \(GeoNames estimates\)/,
    );

    // Under another scenario each settlement is still counted once, on one side.
    await open(page, '?scenario=us-plan-2025-11');
    const plan = await cells(page);
    for (const id of [...ROWS, 'ukraine', 'kursk']) assert.equal(rowTotal(plan[id]), rowTotal(line[id]), id);
    assert.equal(plan.donetsk.dmz, line.donetsk.ua, 'Ukraine-held Donetsk demilitarised');
  });

  test('a proposal handing Ukraine-held Donetsk to Russia names Kramatorsk and Sloviansk', async ({
    page,
  }) => {
    await open(page, '?scenario=russia-demand-2024-06');
    const toRu = (await cells(page)).donetsk.change;
    assert.ok(toRu > 100_000, `Donetsk change ${toRu}`);
    const sentence = await page.locator('[data-towns="to-ru"]').innerText();
    assert.match(sentence, /^Would pass to Russian control: /);
    assert.match(sentence, /Kramatorsk \(pre-war [\d,]+\)/);
    assert.match(sentence, /Sloviansk \(pre-war [\d,]+\)/);
    // Not a Donetsk strip: Kyiv's figure for Ukraine-held Donetsk stands beside it all the same.
    assert.match(await page.getByTestId('kyiv-figure').innerText(), /about 200,000 people/);
  });

  test('lang=uk names the towns in Ukrainian', async ({ page }) => {
    await open(page, '?scenario=russia-demand-2024-06&lang=uk');
    const sentence = await page.locator('[data-towns="to-ru"]').innerText();
    assert.match(sentence, /^Перейшли б під контроль Росії: /);
    assert.match(sentence, /Краматорськ \(до війни [\d\s]+\)/);
    assert.doesNotMatch(sentence, /Kramatorsk/);
  });

  test('Kyiv’s published figure stands beside ours for the Donetsk strip of 2026, with its source', async ({
    page,
  }) => {
    await open(page, '?scenario=abu-dhabi-geneva-2026-02');
    const figure = page.getByTestId('kyiv-figure');
    assert.match(await figure.innerText(), /Zelensky, 14 February 2026/);
    assert.match((await figure.locator('a').getAttribute('href')) ?? '', /^https:\/\/unn\.ua\//);
    await open(page, '?scenario=controlled');
    assert.equal(await page.getByTestId('kyiv-figure').count(), 0);
  });

  test('zooming in labels towns on the map; zoomed out, the cities alone', async ({ page }) => {
    await page.goto('/?view=37.6,48.7,8.5');
    await page.locator(READY).waitFor();
    // Druzhkivka is no Natural Earth city: only the town layer writes it.
    await page.locator('.map[data-towns*="Druzhkivka"]').first().waitFor();
    await page.goto('/?view=37.6,48.7,5');
    await page.locator(READY).waitFor();
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('.map').first().getAttribute('data-towns'), '', 'no towns zoomed out');
  });

  test('an embed fetches the settlements only when the reader zooms in to the towns', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto('/?embed=1');
    await page.locator(READY).waitFor();
    await page.waitForTimeout(3000);
    assert.ok(!asked.includes(SETTLEMENTS), 'an idle embed fetched the settlements');
    const fetched = page.waitForRequest((r) => new URL(r.url()).pathname === SETTLEMENTS);
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400);
    }
    await fetched;
  });
});
