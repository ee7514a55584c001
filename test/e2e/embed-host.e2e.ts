/**
 * The example host page with two responsive embeds: embed.js sizes both iframes to their content,
 * and a `set` message from the host changes what an embed shows.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  assert.ok(frame, `${selector} has a frame`);
  return frame;
}

/**
 * Waits until the iframe is as tall as the page inside it (to the bottom of its `main`), within 2 px:
 * neither cut off nor left with a blank band under the content.
 */
async function fits(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => {
    const el = document.querySelector<HTMLIFrameElement>(s);
    const main = el?.contentDocument?.querySelector('main');
    if (!el || !main) return false;
    const inner = main.getBoundingClientRect().bottom + el.contentWindow!.scrollY;
    return Math.abs(el.getBoundingClientRect().height - inner) <= 2;
  }, selector);
}

test.describe('embed host page', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('sizes both embeds to their content and switches one by message', async ({ page }) => {
    await page.goto('/embed-example.html');
    const frames = page.locator('iframe[data-territory-scenarios]');
    assert.equal(await frames.count(), 2);
    for (const sel of ['iframe[data-territory-scenarios] >> nth=0', '#plan']) {
      await page.locator(sel).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, sel);
      await frame.locator(READY).waitFor();
      // The iframe's height follows the page inside it (the CSS default is 640 px).
      await fits(page, sel.startsWith('#') ? sel : 'iframe[data-territory-scenarios]');
    }
    const plan = await frameOf(page, '#plan');
    assert.match(await plan.getByTestId('scenario-title').innerText(), /US 28-point plan/);
    const before = Number(await plan.getByTestId('area-summary').getAttribute('data-km2'));
    await page.locator('#show-claimed').click();
    await plan.waitForFunction(() =>
      document.querySelector('[data-testid="scenario-title"]')?.textContent?.includes('Claimed'),
    );
    const after = Number(await plan.getByTestId('area-summary').getAttribute('data-km2'));
    assert.ok(after > before, `claimed ${after} km² > plan ${before} km²`);
  });

  test('frames shrink as well as grow: after a scenario switch, and after narrowing and widening', async ({
    page,
  }) => {
    await page.goto('/embed-example.html');
    const first = 'iframe[data-territory-scenarios]:not(#plan)';
    for (const sel of [first, '#plan']) {
      await page.locator(sel).scrollIntoViewIfNeeded();
      await (await frameOf(page, sel)).locator(READY).waitFor();
      await fits(page, sel);
    }
    const height = (sel: string) => page.locator(sel).evaluate((el) => el.getBoundingClientRect().height);
    // The claim's summary is shorter than the plan's, so the frame must shrink.
    const plan = await frameOf(page, '#plan');
    const before = await height('#plan');
    await page.locator('#show-claimed').click();
    await plan.waitForFunction(() =>
      document.querySelector('[data-testid="scenario-title"]')?.textContent?.includes('Claimed'),
    );
    await fits(page, '#plan');
    assert.notEqual(await height('#plan'), before, 'the frame followed the new content');
    const wide = { first: await height(first), plan: await height('#plan') };
    await page.setViewportSize({ width: 340, height: 900 });
    for (const sel of [first, '#plan']) await fits(page, sel);
    await page.setViewportSize({ width: 800, height: 900 });
    for (const sel of [first, '#plan']) await fits(page, sel);
    assert.ok(Math.abs((await height(first)) - wide.first) <= 2, 'the first frame is back to its height');
    assert.ok(Math.abs((await height('#plan')) - wide.plan) <= 2, 'the second frame is back to its height');
  });

  test('a set message sent before the embed has loaded is kept and applied', async ({ page }) => {
    await page.goto('/embed-example.html');
    // Two new embeds on the claim in place of the page's: one is set as soon as it is added, one from
    // its load event.
    await page.evaluate(() => {
      for (const f of document.querySelectorAll('figure')) f.remove();
      const { set } = (
        window as unknown as { TerritoryScenarios: { set(f: HTMLIFrameElement, s: object): boolean } }
      ).TerritoryScenarios;
      const want = { scenario: 'controlled', date: '2023-03-01' };
      for (const id of ['at-once', 'on-load']) {
        const f = document.createElement('iframe');
        f.id = id;
        f.setAttribute('data-territory-scenarios', '');
        f.src = './?embed=1&scenario=claimed';
        if (id === 'on-load') f.onload = () => set(f, want);
        document.querySelector('article')!.prepend(f);
        if (id === 'at-once') set(f, want);
      }
    });
    for (const id of ['#at-once', '#on-load']) {
      const frame = await frameOf(page, id);
      await frame.locator(READY).waitFor();
      await frame.waitForURL(/date=2023-03-01/);
      assert.match(frame.url(), /[?&]scenario=controlled(&|$)/, `${id}: back on the default scenario`);
      assert.match(await frame.getByTestId('scenario-title').innerText(), /line of control/i);
    }
  });

  test('the state message gives the day the map shows, a pinned scenario’s own', async ({ page }) => {
    await page.goto('/embed-example.html');
    const states = await page.evaluate(
      () =>
        new Promise<{ scenario: string; date: string }[]>((resolve) => {
          for (const f of document.querySelectorAll('figure')) f.remove();
          const seen: { scenario: string; date: string }[] = [];
          addEventListener('message', (e) => {
            if (e.data?.type !== 'territory-scenarios:state') return;
            seen.push({ scenario: e.data.scenario, date: e.data.date });
            if (seen.length === 1) resolve(seen);
          });
          const f = document.createElement('iframe');
          f.id = 'ceasefire';
          f.setAttribute('data-territory-scenarios', '');
          f.src = './?embed=1&scenario=ceasefire-2025-03&date=2026-08-22';
          document.querySelector('article')!.prepend(f);
        }),
    );
    assert.deepEqual(states, [{ scenario: 'ceasefire-2025-03', date: '2025-03-11' }]);
    const frame = await frameOf(page, '#ceasefire');
    assert.match(await frame.getByTestId('date-shown').innerText(), /11 March 2025|March 11, 2025/);
  });

  // No allowErrors: a console error raised by a hostile message fails the test.
  test('ignores hostile messages and keeps working', async ({ page }) => {
    await page.goto('/embed-example.html');
    await page.locator('#plan').scrollIntoViewIfNeeded();
    const plan = await frameOf(page, '#plan');
    await plan.locator(READY).waitFor();
    await page.evaluate(() => {
      const w = document.querySelector<HTMLIFrameElement>('#plan')!.contentWindow!;
      const junk: unknown[] = [
        null,
        42,
        'territory-scenarios:set',
        { type: 'territory-scenarios:set', scenario: '<img src=x onerror=alert(1)>' },
        { type: 'territory-scenarios:set', scenario: 'x'.repeat(100000) },
        { type: 'territory-scenarios:set', date: { toString: 1 } },
        { type: 'nonsense' },
      ];
      for (const m of junk) w.postMessage(m, '*');
      w.postMessage({ type: 'territory-scenarios:set', scenario: 'borders-1991' }, '*');
    });
    await plan.waitForFunction(() =>
      document.querySelector('[data-testid="scenario-title"]')?.textContent?.includes('1991'),
    );
  });
});

test.describe('a burst of host messages', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('1,000 set messages: the embed shows and reports the last within 1 s of the burst', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/embed-example.html');
    await page.locator('#plan').scrollIntoViewIfNeeded();
    const plan = await frameOf(page, '#plan');
    await plan.locator(READY).waitFor();
    // An embed fetches the history only when asked: a first message for an earlier day asks for it, and
    // the burst comes once it is in and decoded, as a host's would some time after the page opened.
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#plan')!
        .contentWindow!.postMessage(
          { type: 'territory-scenarios:set', scenario: 'controlled', date: '2024-01-01' },
          '*',
        ),
    );
    await plan.locator('.map-panel[data-history="full"]').waitFor({ timeout: 60_000 });
    const last = { scenario: 'claimed', date: '2023-03-01' };
    const timing = await page.evaluate(
      ({ last, count }) =>
        new Promise<{ posting: number; answered: number; states: number }>((resolve) => {
          const w = document.querySelector<HTMLIFrameElement>('#plan')!.contentWindow!;
          const ids = ['borders-1991', 'controlled', 'us-plan-2025-11', 'alaska-2025-08', 'plan-2025-12'];
          let states = 0;
          let end = 0;
          addEventListener('message', (e) => {
            if (e.data?.type !== 'territory-scenarios:state') return;
            states++;
            if (e.data.scenario === last.scenario && e.data.date === last.date && end)
              resolve({ posting: end - start, answered: performance.now() - end, states });
          });
          const start = performance.now();
          for (let i = 0; i < count - 1; i++) {
            const day = String(1 + (i % 28)).padStart(2, '0');
            const month = String(1 + (i % 12)).padStart(2, '0');
            w.postMessage(
              {
                type: 'territory-scenarios:set',
                scenario: ids[i % ids.length],
                date: `2024-${month}-${day}`,
              },
              '*',
            );
          }
          w.postMessage({ type: 'territory-scenarios:set', ...last }, '*');
          end = performance.now();
        }),
      { last, count: 1000 },
    );
    console.log(
      `burst of 1,000 set messages: posted in ${timing.posting.toFixed(0)} ms, the state message for the ` +
        `last came ${timing.answered.toFixed(0)} ms after the burst (${timing.states} state messages)`,
    );
    assert.match(await plan.getByTestId('scenario-title').innerText(), /Claimed/);
    assert.equal(await plan.getByTestId('date-shown').locator('time').getAttribute('datetime'), last.date);
    assert.ok(timing.answered < 1000, `answered ${timing.answered.toFixed(0)} ms after the burst`);
  });
});
