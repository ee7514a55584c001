/**
 * Hostile strings in every input — link parameters, embed messages, the manifest's texts — are
 * shown as text or ignored, never turned into markup: no script runs, no injected element appears,
 * and the page still reaches ready (with polite notices) instead of breaking.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { fulfillWith } from './routes.ts';
import { READY } from './map-helpers.ts';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '"><script>window.__pwned=1</script>';
const PARAMS = ['scenario', 'variant', 'custom', 'compare', 'date', 'view', 'lang', 'tour', 'step'];

const query = (value: string) => PARAMS.map((p) => `${p}=${encodeURIComponent(value)}`).join('&');

/** No injected script ran and no injected element exists, in the page or a frame of it. */
async function assertUnharmed(target: Page | Frame): Promise<void> {
  assert.equal(
    await target.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    undefined,
    'no script ran',
  );
  assert.equal(await target.locator('img[src="x"]').count(), 0, 'no injected image');
  const scripts = await target.evaluate(
    () => [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
  );
  assert.equal(scripts, 0, 'no injected script element');
}

async function noticeTexts(page: Page): Promise<string[]> {
  await page.getByTestId('notice').first().waitFor();
  return page.getByTestId('notice').allInnerTexts();
}

test.describe('hostile input', () => {
  for (const payload of [IMG, SCRIPT]) {
    test(`link parameters carrying ${payload} are shown as text`, async ({ page }) => {
      await page.goto(`/?${query(payload)}`);
      await page.locator(READY).waitFor();
      const texts = await noticeTexts(page);
      assert.ok(
        texts.some((t) => t.includes(payload)),
        `a notice shows the value as written:\n${texts.join('\n')}`,
      );
      await assertUnharmed(page);
    });
  }

  test('a 100 kB link parameter does not break the page', async ({ page, baseURL }) => {
    const big = 'a'.repeat(100_000);
    // Node's HTTP server refuses request lines over 16 KB: the test serves the page for that URL.
    await page.route(
      (u) => u.search.length > 50_000,
      async (route) => fulfillWith(route, await route.fetch({ url: baseURL })),
    );
    await page.goto(`/?scenario=${big}&date=${big}&custom=${big}`);
    await page.locator(READY).waitFor();
    assert.match(await page.getByTestId('scenario-details').innerText(), /Line of control/);
    const texts = await noticeTexts(page);
    assert.ok(
      texts.every((t) => t.length < 500),
      'notices quote the value cut short',
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
    await assertUnharmed(page);
  });

  test('embed messages carrying hostile strings are ignored', async ({ page }) => {
    await page.goto('/embed-example.html');
    await page.locator('#plan').scrollIntoViewIfNeeded();
    const plan = await (await page.locator('#plan').elementHandle())?.contentFrame();
    assert.ok(plan, 'the embed has a frame');
    await plan.locator(READY).waitFor();
    const before = await plan.getByTestId('scenario-title').innerText();
    await page.evaluate(
      (payloads) => {
        const w = document.querySelector<HTMLIFrameElement>('#plan')!.contentWindow!;
        for (const p of payloads) {
          w.postMessage({ type: 'territory-scenarios:set', scenario: p, variant: p, date: p }, '*');
          w.postMessage({ type: 'territory-scenarios:set', date: p }, '*');
          w.postMessage({ type: 'territory-scenarios:set', variant: p }, '*');
        }
        // A good message after the bad ones: the embed still listens.
        w.postMessage({ type: 'territory-scenarios:set', scenario: 'borders-1991' }, '*');
      },
      [IMG, SCRIPT],
    );
    await plan.waitForFunction(() =>
      document.querySelector('[data-testid="scenario-title"]')?.textContent?.includes('1991'),
    );
    assert.notEqual(before, await plan.getByTestId('scenario-title').innerText());
    await assertUnharmed(plan);
    await assertUnharmed(page);
  });

  test('hostile texts in the manifest are shown as written', async ({ page }) => {
    await page.route('**/data/manifest.json', async (route) => {
      const res = await route.fetch();
      const manifest = await res.json();
      // The manifest is not hashed (it holds the hashes), so editing it leaves the other files valid.
      Object.assign(manifest.layers[0], { title: IMG, note: SCRIPT, attribution: IMG });
      manifest.layers[1].url = 'javascript:window.__pwned=1';
      await fulfillWith(route, res, { json: manifest });
    });
    await page.goto('/');
    await page.locator(READY).waitFor();
    const sources = page.getByTestId('layer-sources');
    await sources.locator('summary').click();
    const text = await sources.innerText();
    assert.ok(text.includes(IMG), 'the title is shown as written');
    assert.ok(text.includes(SCRIPT), 'the note is shown as written');
    assert.ok(text.includes('javascript:window.__pwned=1'), 'the bad link is shown as text');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'and is not a link');
    const credit = await page.locator('.maplibregl-ctrl-attrib').evaluate((el) => el.textContent ?? '');
    assert.ok(credit.includes(IMG), `the map credit shows the attribution as written: ${credit}`);
    await assertUnharmed(page);
  });
});
