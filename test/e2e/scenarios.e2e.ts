/**
 * Scenarios end to end: the slider walks every stop and the table follows, open terms are chosen as
 * variants, a reader's own toggles live in the link, pinned dates pin, and plants change sides.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { colourAt, km2, near, READY, RU_FILL } from './map-helpers.ts';

const REGIONS = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'other', 'ukraine'];

/** Every region row keeps ru + ua + dmz equal to its area (each figure rounded on its own). */
async function assertRowsAddUp(page: Page, where: string) {
  for (const r of REGIONS) {
    const [ru, ua, dmz, area] = await Promise.all(['ru', 'ua', 'dmz', 'area'].map((c) => km2(page, r, c)));
    assert.ok(Math.abs(ru + ua + dmz - area) <= 2, `${where}: ${r} ${ru} + ${ua} + ${dmz} ≠ ${area}`);
  }
}

const activeStop = (page: Page) => page.locator('button[data-scenario][aria-pressed="true"]');

test.describe('scenarios', () => {
  test('the slider walks every stop by keyboard; title, link, table, changes and map follow', async ({
    page,
  }) => {
    // Every stop drawn, three of them with a buffer zone computed in the worker.
    test.setTimeout(180_000);
    await page.goto('/');
    await page.locator(READY).waitFor();
    const stops = await page
      .locator('button[data-scenario]')
      .evaluateAll((b) => b.map((x) => x.dataset.scenario!));
    assert.ok(stops.length >= 9, `${stops.length} stops`);
    assert.deepEqual([stops[0], stops[1], stops.at(-1)], ['borders-1991', 'controlled', 'claimed']);
    const slider = page.getByTestId('scenario-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    const ukraineRu: number[] = [];
    for (let i = 0; i < stops.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const id = stops[i];
      assert.equal(await activeStop(page).getAttribute('data-scenario'), id);
      const title = await activeStop(page).locator('.title').innerText();
      assert.equal(await page.locator('#scenario-h').innerText(), title);
      assert.equal(await slider.getAttribute('aria-valuetext'), title);
      if (id !== 'controlled') await page.waitForURL(new RegExp(`scenario=${id}(&|$)`));
      // A buffer zone is computed in a worker: its figures come a moment later.
      const zone = page.locator('tr[data-region="ukraine"] td[data-col="dmz"][data-zone-ru]');
      if (await page.getByTestId('zone-width').count()) await zone.waitFor();
      await assertRowsAddUp(page, id);
      // Ordered by what the terms leave Russia, the Russian-held side of a strip included.
      const zoneRu = (await zone.count()) ? Number(await zone.getAttribute('data-zone-ru')) : 0;
      ukraineRu.push((await km2(page, 'ukraine', 'ru')) + zoneRu);
      // What changes hands adds up to the table's net change for Ukraine.
      const moved = await page
        .locator('[data-testid="changes"] li[data-change]')
        .evaluateAll((li) => Object.fromEntries(li.map((x) => [x.dataset.change!, Number(x.dataset.km2)])));
      const net = (moved['to-ru'] ?? 0) - (moved['to-ua'] ?? 0);
      assert.ok(Math.abs(net - (await km2(page, 'ukraine', 'change'))) <= 2, `${id}: changes ${net}`);
      // The map draws the day the figures are measured on (a pinned day for some proposals).
      const day = await page.locator('[data-testid="date-shown"] time').getAttribute('datetime');
      await page.locator(`.map-panel[data-shown-date="${day}"]`).waitFor();
    }
    assert.equal(ukraineRu[0], 0, 'borders of 1991 leave nothing under Russian control');
    // Between the line and the claim: the proposals, by share, after the buffer-zone illustration (a fixed stop).
    const proposals = ukraineRu.slice(2, -1).filter((_, i) => stops[i + 2] !== 'buffer-zone');
    assert.deepEqual(
      proposals,
      [...proposals].sort((a, b) => a - b),
      'proposals ordered by share',
    );
    assert.ok(ukraineRu.at(-1)! >= Math.max(...proposals), 'the claim is the largest');
    for (const r of ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea'])
      assert.equal(await km2(page, r, 'ru'), await km2(page, r, 'area'), `claimed: ${r} wholly Russian`);
  });

  test('US plan: Ukraine-held Donetsk becomes a demilitarised zone, pockets elsewhere return', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator(READY).waitFor();
    const lineUa = await km2(page, 'donetsk', 'ua');
    const lineOther = await km2(page, 'other', 'ru');
    await page.locator('button[data-scenario="us-plan-2025-11"]').click();
    await page.waitForURL(/scenario=us-plan-2025-11/);
    assert.equal(await km2(page, 'donetsk', 'dmz'), lineUa);
    assert.equal(await km2(page, 'donetsk', 'ua'), 0);
    assert.equal(await km2(page, 'other', 'change'), -lineOther);
    const dmz = page.locator('[data-testid="changes"] li[data-change="dmz"]');
    assert.equal(Number(await dmz.getAttribute('data-km2')), lineUa);
    // A small change (about 100 km² to Russia) is a share of Ukraine, never "0.0%".
    for (const li of await page.locator('[data-testid="changes"] li').all())
      assert.doesNotMatch(await li.innerText(), /\b0\.0%/, await li.innerText());
    assert.match(await page.getByTestId('scenario-details').innerText(), /Leaked draft/);
    assert.equal(
      await page.locator('[data-testid="plants"] tbody tr').first().getAttribute('data-plant'),
      'WRI1005114',
    );
  });

  test('a reader’s own toggles change the table and are kept in the link', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11&custom=donetsk:ua');
    await page.locator(READY).waitFor();
    assert.equal(await km2(page, 'donetsk', 'ru'), 0);
    assert.ok((await km2(page, 'donetsk', 'change')) < 0);
    assert.match(
      await page.getByTestId('area-table').locator('caption').innerText(),
      /Your scenario, based on/,
    );
    await page.locator('summary', { hasText: 'Make your own scenario' }).isVisible();
    await page.locator('select[data-region="kherson"]').selectOption('ru');
    await page.waitForURL(/custom=donetsk:ua,kherson:ru/);
    assert.equal(await km2(page, 'kherson', 'ru'), await km2(page, 'kherson', 'area'));
    // Back to the scenario as proposed: the toggles leave the link.
    await page.getByRole('button', { name: 'Back to the scenario as proposed' }).click();
    await page.waitForURL((u) => !u.search.includes('custom='));
    assert.equal(await km2(page, 'donetsk', 'ua'), 0);
  });

  test('the Kursk exchange pins its date and offers the open terms as choices', async ({ page }) => {
    await page.goto('/?scenario=kursk-exchange-2025-02');
    await page.locator(READY).waitFor();
    assert.match(await page.getByTestId('date-shown').innerText(), /11 February 2025/);
    assert.ok(await page.getByTestId('date-slider').isDisabled(), 'date slider waits');
    assert.ok(await page.getByTestId('pinned').isVisible());
    const kursk = Number(await page.locator('[data-change="kursk"]').getAttribute('data-km2'));
    assert.ok(kursk > 300 && kursk < 1300, `Kursk land returned: ${kursk} km²`);
    assert.equal(await km2(page, 'ukraine', 'change'), 0);
    await page.getByLabel(/For Russian-held Kharkiv oblast/).check();
    await page.waitForURL(/variant=kharkiv/);
    assert.ok((await km2(page, 'other', 'change')) < 0, 'Kharkiv land returns to Ukraine');
    // Both sides of the exchange side by side, and the figures say which reading they are.
    const byRegion = page.getByTestId('changes-by-region');
    const cell = async (region: string, change: string) =>
      Number(
        await byRegion
          .locator(`tr[data-region="${region}"] td[data-change="${change}"]`)
          .getAttribute('data-km2'),
      );
    assert.equal(await cell('kursk', 'to-ru'), kursk);
    assert.equal(await cell('other', 'to-ua'), -(await km2(page, 'other', 'change')));
    assert.match(
      await page.getByTestId('area-table').locator('caption').innerText(),
      /— For Russian-held Kharkiv oblast/,
    );
    await page.locator('button[data-scenario="controlled"]').click();
    assert.ok(await page.getByTestId('date-slider').isEnabled(), 'date slider free again');
  });

  test('the December framework demilitarises the Zaporizhzhia NPP', async ({ page }) => {
    await page.goto('/?scenario=plan-2025-12');
    await page.locator(READY).waitFor();
    const znpp = page.locator('[data-testid="plants"] tr[data-plant="WRI1005114"]');
    assert.equal(await znpp.getAttribute('data-side'), 'dmz');
  });

  test('the power-plant totals count the same plants as "Show all"', async ({ page }) => {
    await page.goto('/?scenario=kursk-exchange-2025-02');
    await page.locator(READY).waitFor();
    const plants = page.getByTestId('plants');
    const counts = (
      await plants.locator('.totals li').evaluateAll((els) => els.map((e) => e.dataset.count))
    ).map(Number);
    const more = page.getByTestId('plants').locator('button.more');
    const shown = Number((await more.innerText()).match(/\d+/)?.[0]);
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      shown,
      `totals ${counts.join(' + ')} vs "${await more.innerText()}"`,
    );
    await more.click();
    assert.equal(await plants.locator('tbody tr').count(), shown);
    // The Kursk NPP is in Russia: counted apart from Ukraine's plants.
    assert.equal(await plants.locator('.totals[data-country="RU"] li').count(), 1);
  });

  test('land returning to Ukraine is drawn apart from land held', async ({ page }) => {
    await page.goto('/?scenario=borders-1991&view=37.8,48.0,9');
    await page.locator(READY).waitFor();
    const box = await page.locator('.map').boundingBox();
    assert.ok(box);
    const c = await colourAt(page, box.x + box.width / 2 - 20, box.y + box.height / 2 + 20);
    assert.ok(!near(c, RU_FILL, 25), `Donetsk under borders-1991 drawn ${c}, like held land`);
  });
  test('compares two scenarios on a split map with a table of differences', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11');
    await page.locator(READY).waitFor();
    await page.getByTestId('compare-select').selectOption('claimed');
    await page.waitForURL(/compare=claimed/);
    await page.locator('[data-testid="compare-map"][data-shown]').waitFor();
    for (const r of ['donetsk', 'kherson', 'ukraine']) {
      const a = await km2(page, r, 'ru');
      const row = page.locator(`[data-testid="compare-table"] tr[data-region="${r}"]`);
      const cell = async (c: string) =>
        Number(await row.locator(`td[data-col="${c}"]`).getAttribute('data-km2'));
      assert.equal(await cell('a-ru'), a, `${r}: A is the scenario in the area table`);
      assert.ok(
        Math.abs((await cell('b-ru')) - (await cell('a-ru')) - (await cell('diff-ru'))) <= 1,
        `${r}: B − A`,
      );
    }
    assert.equal(
      Number(
        await page
          .locator('[data-testid="compare-table"] tr[data-region="kherson"] td[data-col="b-ru"]')
          .getAttribute('data-km2'),
      ),
      await km2(page, 'kherson', 'area'),
      'claimed: all of Kherson',
    );
    const divider = page.getByRole('slider', { name: /Divider/ });
    await divider.focus();
    await page.keyboard.press('End');
    assert.equal(await divider.inputValue(), '95');
    await page.waitForURL(/split=95/);
  });

  test('a compare link restores the divider and the compared reading, and keeps their changes', async ({
    page,
  }) => {
    await page.goto(
      '/?v=1&scenario=plan-2025-12&variant=line&compare=plan-2025-12&compare-variant=donbas-zone&split=30&date=2026-08-22',
    );
    await page.locator(READY).waitFor();
    await page.locator('[data-testid="compare-map"][data-shown]').waitFor();
    assert.equal(await page.getByTestId('notice').count(), 0);
    const divider = page.getByRole('slider', { name: /Divider/ });
    assert.equal(await divider.inputValue(), '30');
    assert.equal(await page.locator('.divider').evaluate((el) => (el as HTMLElement).style.left), '30%');
    assert.equal(await page.getByTestId('compare-variant').inputValue(), 'donbas-zone');
    const dmz = (col: string) =>
      page
        .locator(`[data-testid="compare-table"] tr[data-region="donetsk"] td[data-col="${col}"]`)
        .getAttribute('data-km2')
        .then(Number);
    assert.equal(await dmz('a-dmz'), 0, 'A: the plan read with no zone');
    assert.ok((await dmz('b-dmz')) > 1000, 'B: the same plan with Ukraine-held Donetsk demilitarised');
    const caption = await page.locator('[data-testid="compare-table"] caption').innerText();
    assert.match(caption, /A: .+ — .+\. B: .+ — .+\./, `both readings named: ${caption}`);
    await divider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL(/split=5(&|$)/);
    await page.getByTestId('compare-variant').selectOption('line');
    await page.waitForURL(/compare-variant=line/);
    assert.equal(await dmz('b-dmz'), 0);
  });

  test('compares the reader’s own scenario with the same scenario as proposed', async ({ page }) => {
    await page.goto('/?scenario=us-plan-2025-11&custom=kherson:ru&date=2026-08-22');
    await page.locator(READY).waitFor();
    const option = page.locator('[data-testid="compare-select"] option[value="us-plan-2025-11"]');
    assert.match(await option.innerText(), /this scenario, without your changes/);
    await page.getByTestId('compare-select').selectOption('us-plan-2025-11');
    await page.waitForURL(/compare=us-plan-2025-11&split=50/);
    await page.locator('[data-testid="compare-map"][data-shown]').waitFor();
    const row = page.locator('[data-testid="compare-table"] tr[data-region="kherson"]');
    const cell = (c: string) => row.locator(`td[data-col="${c}"]`).getAttribute('data-km2').then(Number);
    assert.equal(await cell('a-ru'), await km2(page, 'kherson', 'area'), 'A: Kherson made Russian by hand');
    assert.ok((await cell('b-ru')) < (await cell('a-ru')), 'B: the plan freezes the line in Kherson');
    assert.equal(await cell('diff-ru'), (await cell('b-ru')) - (await cell('a-ru')));
    const titles = await page.locator('.side-title').allInnerTexts();
    assert.match(titles[0], /your|own/i);
    assert.doesNotMatch(titles[1], /your|own/i);
    // Choosing another scenario keeps the comparison.
    await page.locator('button[data-scenario="claimed"]').click();
    await page.waitForURL(/scenario=claimed&compare=us-plan-2025-11/);
  });
});

test.describe('compare layout', () => {
  test('the divider and its slider never run through the attribution button', async ({ page }) => {
    const overlap = (a: DOMRect | null, b: DOMRect | null) =>
      !!a &&
      !!b &&
      a.x < b.x + b.width &&
      b.x < a.x + a.width &&
      a.y < b.y + b.height &&
      b.y < a.y + a.height;
    for (const split of [5, 50, 95]) {
      await page.goto(`/?v=1&scenario=controlled&compare=claimed&split=${split}`);
      await page.locator(READY).waitFor();
      await page.getByTestId('compare-map').waitFor();
      const boxes = await page.evaluate(() => {
        const rect = (sel: string) => {
          const el = [...document.querySelectorAll(sel)].find(
            (e) => (e as HTMLElement).offsetParent !== null,
          );
          return el ? el.getBoundingClientRect().toJSON() : null;
        };
        return {
          button: rect('.maplibregl-ctrl-attrib-button'),
          line: rect('.divider'),
          slider: rect('input.split'),
        };
      });
      assert.ok(boxes.button, 'an attribution button');
      assert.ok(!overlap(boxes.button, boxes.line), `divider at ${split} %`);
      assert.ok(!overlap(boxes.button, boxes.slider), `slider at ${split} %`);
    }
  });

  test('the credits open whole, whichever side the divider leaves the button on', async ({ page }) => {
    for (const split of [10, 90]) {
      await page.goto(`/?v=1&scenario=controlled&compare=claimed&split=${split}`);
      await page.locator(READY).waitFor();
      await page.getByTestId('compare-map').locator('canvas').waitFor();
      const buttons = page.locator('.maplibregl-ctrl-attrib-button');
      assert.equal(await buttons.count(), 1, 'one credits button over the two maps');
      await buttons.click();
      const credits = page.locator('.maplibregl-ctrl-attrib-inner');
      await credits.getByText('DeepStateMap').first().waitFor();
      const box = (await credits.boundingBox())!;
      // What the reader sees at the credits' left end and middle is the credits, not a map cut over them.
      for (const x of [box.x + 4, box.x + box.width / 2]) {
        const inCredits = await page.evaluate(
          ([px, py]) => !!document.elementFromPoint(px, py)?.closest('.maplibregl-ctrl-attrib'),
          [x, box.y + box.height / 2],
        );
        assert.ok(inCredits, `credits seen at x ${Math.round(x)} with the divider at ${split} %`);
      }
    }
  });
});
