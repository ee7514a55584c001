/**
 * Buffer zones computed in the browser: the strip's km² in the area table, the width control and its
 * place in the link, the Zelensky readings confined to Donetsk, and the strip on the map.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { km2, READY, samplePixels } from './map-helpers.ts';

/** The map has drawn the strip of `km` and the table shows its figures. */
async function zoneShown(page: Page, km: number) {
  await page.locator(`.map[data-zone-km="${km}"]`).first().waitFor();
  await page.locator('tr[data-region="ukraine"] td[data-col="dmz"][data-km2]').waitFor();
}

const REGIONS = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'other', 'ukraine'];

test.describe('buffer zones', () => {
  test('a 15 km zone is demilitarised on both sides of the line, and 30 km about doubles it', async ({
    page,
  }) => {
    // Five strips computed and drawn in software WebGL on a shared machine.
    test.setTimeout(180_000);
    await page.goto('/?scenario=buffer-zone');
    await page.locator(READY).waitFor();
    await zoneShown(page, 15);
    const dmz15: Record<string, number> = {};
    for (const r of REGIONS) dmz15[r] = await km2(page, r, 'dmz');
    for (const r of ['donetsk', 'zaporizhzhia', 'kherson', 'ukraine'])
      assert.ok(dmz15[r] > 0, `${r} has a strip`);
    // The front is some 1,200 km long: 2 × 15 km along it, give or take its bends and the Dnipro.
    assert.ok(dmz15.ukraine > 15_000 && dmz15.ukraine < 60_000, `15 km: ${dmz15.ukraine} km²`);
    // Each row still adds up, the strip taken from both sides.
    for (const r of REGIONS) {
      const [ru, ua, dmz, area] = await Promise.all(['ru', 'ua', 'dmz', 'area'].map((c) => km2(page, r, c)));
      assert.ok(Math.abs(ru + ua + dmz - area) <= 2, `${r}: ${ru} + ${ua} + ${dmz} ≠ ${area}`);
    }
    const note = await page.getByTestId('zone-note').textContent();
    assert.match(note ?? '', /15 km each side.*Russian-held.*Ukraine-held/);
    await page.getByTestId('legend-zone').getByText('15 km each side').waitFor();

    const slider = page.getByLabel('Zone width on each side of the line of contact');
    await slider.fill('30');
    await zoneShown(page, 30);
    const dmz30 = await km2(page, 'ukraine', 'dmz');
    const ratio = dmz30 / dmz15.ukraine;
    assert.ok(ratio > 1.6 && ratio < 2.1, `30 km is ${ratio.toFixed(2)} × 15 km`);
    await page.waitForURL(/[?&]buffer=30(&|$)/);
    const measured = await page.evaluate(() =>
      performance.getEntriesByName('zone-width').map((e) => e.duration),
    );
    assert.ok(measured.length >= 1, 'the width change is measured');
    test.info().annotations.push({ type: 'zone-width', description: `${Math.round(measured[0])} ms` });

    // Back to 15 is the cached strip.
    await slider.fill('15');
    await zoneShown(page, 15);
    assert.equal(await km2(page, 'ukraine', 'dmz'), dmz15.ukraine);

    await slider.fill('30');
    await page.waitForURL(/[?&]buffer=30(&|$)/);
    await page.reload();
    await page.locator(READY).waitFor();
    await zoneShown(page, 30);
    // The same strip, whether the line came from the latest day's file or the whole history's.
    const again = await km2(page, 'ukraine', 'dmz');
    assert.ok(Math.abs(again - dmz30) / dmz30 < 0.005, `${again} after reload, ${dmz30} before`);
    assert.equal(await slider.inputValue(), '30');
  });

  test('Zelensky’s 5, 10 and 40 km readings touch Donetsk only, growing with the width', async ({ page }) => {
    test.setTimeout(180_000);
    let last = 0;
    for (const [variant, km] of [
      ['5km', 5],
      ['10km', 10],
      ['40km', 40],
    ] as const) {
      await page.goto(`/?v=1&scenario=zelensky-zone-2025-12&variant=${variant}`);
      await page.locator(READY).waitFor();
      await zoneShown(page, km);
      const donetsk = await km2(page, 'donetsk', 'dmz');
      assert.ok(donetsk > last, `${variant}: ${donetsk} km² in Donetsk`);
      last = donetsk;
      for (const r of ['luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'other'])
        assert.equal(await km2(page, r, 'dmz'), 0, `${variant}: nothing in ${r}`);
      assert.equal(await km2(page, 'ukraine', 'dmz'), donetsk);
      assert.match(page.url(), new RegExp(`buffer=${km}(&|$)`));
    }
  });

  test('a bad width gives a notice and the scenario’s own', async ({ page }) => {
    await page.goto('/?v=1&scenario=buffer-zone&buffer=99');
    await page.locator(READY).waitFor();
    await page.getByTestId('notice').getByText('buffer “99”').waitFor();
    await zoneShown(page, 15);
  });

  test('the strip is drawn on the map over both fills', async ({ page }) => {
    test.setTimeout(120_000);
    // The same camera on the front, without and with the zone.
    const view = 'view=37.6,47.9,7';
    const shot = async (scenario: string) => {
      await page.goto(`/?v=1&scenario=${scenario}&${view}`);
      await page.locator(READY).waitFor();
      if (scenario === 'buffer-zone') await zoneShown(page, 15);
      return samplePixels(page, await page.locator('.map').first().screenshot(), 7);
    };
    const without = await shot('controlled');
    const withZone = await shot('buffer-zone');
    const changed = without.filter((p, i) => p.some((v, k) => Math.abs(v - withZone[i][k]) > 12)).length;
    const share = changed / without.length;
    assert.ok(share > 0.03 && share < 0.7, `${(share * 100).toFixed(1)} % of the map changed`);
  });

  test('compared with the line of control, the zone’s side counts and draws its strip', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/?v=1&scenario=controlled&compare=buffer-zone');
    await page.locator(READY).waitFor();
    await page.getByTestId('compare-map').and(page.locator('[data-zone-km="15"]')).waitFor();
    const cell = (col: string) =>
      page.locator(`[data-testid="compare-table"] tr[data-region="ukraine"] td[data-col="${col}"]`);
    await cell('b-dmz').and(page.locator('[data-km2]')).waitFor();
    const b = Number(await cell('b-dmz').getAttribute('data-km2'));
    assert.ok(b > 15_000 && b < 60_000, `B's strip: ${b} km²`);
    assert.equal(Number(await cell('a-dmz').getAttribute('data-km2')), 0);
    // The main side has no zone: its own table has no strip, and its map none.
    assert.equal(await page.locator('.map:not([data-testid="compare-map"])[data-zone-km]').count(), 0);
  });
});
