/**
 * Classroom use: presentation mode at projector size, stepping a guided tour by keyboard (as a
 * presenter clicker does), and tour permalinks.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';
import { coverPadding, fitView, presentCover, screenPoint, type Cover } from '../../src/lib/map/cover.ts';

/** The area the map opens on (territory-map.ts HOME; not imported, since that module loads MapLibre). */
const HOME: [[number, number], [number, number]] = [
  [30.2, 44.3],
  [40.4, 52.2],
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The smallest font size, px, of any visible text in an element. */
const smallestText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((root) => {
    let min = Infinity;
    for (const el of [root, ...root.querySelectorAll('*')] as HTMLElement[]) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (own && el.getClientRects().length) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });

/** The unit the map's tooltip names at a point of the screen. */
async function unitAt(page: Page, x: number, y: number): Promise<string> {
  await page.mouse.move(x - 3, y - 3);
  await page.mouse.move(x, y);
  const tip = page.getByRole('tooltip');
  await tip.waitFor();
  return (await tip.locator('strong').innerText()).trim();
}

const datetime = async (page: import('playwright-core').Page) =>
  page.getByTestId('date-shown').locator('time').getAttribute('datetime');

test.describe('present', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('presentation mode: large type, key numbers on screen, keys walk the tour', async ({ page }) => {
    await page.goto('/?present=1&tour=front-line-2022-2026&step=1');
    await page.locator(READY).waitFor();
    const panel = page.getByTestId('present-panel');
    await panel.waitFor(); // the overlay loads when presentation starts
    const size = await panel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 24, `presentation text is ${size}px`);
    assert.match(await panel.innerText(), /km² of Ukraine under Russian control/);
    assert.match(await panel.innerText(), /Step 1 of 9/);
    const first = await panel.getByTestId('tour-caption').innerText();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=2/);
    assert.match(await panel.innerText(), /Step 2 of 9/);
    assert.notEqual(await panel.getByTestId('tour-caption').innerText(), first);
    assert.match(page.url(), /date=2022-09-12/);
    await page.keyboard.press('PageDown');
    await page.waitForURL(/step=3/);
    await page.keyboard.press('PageUp');
    await page.waitForURL(/step=2/);
    await page.keyboard.press('0');
    await page.waitForURL(/scenario=claimed/);
    assert.match(await panel.locator('h2').first().innerText(), /Claimed by Russia/);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('present='));
    assert.equal(await panel.count(), 0);
  });

  test('a tour link opens on its step; scenario, date and caption follow the steps', async ({ page }) => {
    await page.goto('/?tour=proposals&step=6');
    await page.locator(READY).waitFor();
    assert.match(await page.getByTestId('tour-step').innerText(), /Step 6 of 17/);
    assert.equal(
      await page.locator('button[data-scenario][aria-pressed="true"]').getAttribute('data-scenario'),
      'ceasefire-2025-03',
    );
    assert.equal(await datetime(page), '2025-03-11');
    await page.getByRole('button', { name: /Next step/ }).click();
    await page.waitForURL(/step=7/);
    const id = await page.locator('button[data-scenario][aria-pressed="true"]').getAttribute('data-scenario');
    assert.notEqual(id, 'ceasefire-2025-03');
    // A step's sources read "name, date; name, date", spaces included.
    await page.goto('/?tour=front-line-2022-2026&step=2');
    await page.locator(READY).waitFor();
    const sources = (await page.getByTestId('tour-sources').innerText()).trim();
    assert.match(sources, /^[^;]+, \d{1,2} \w+ \d{4}(; [^;]+, \d{1,2} \w+ \d{4})+$/, sources);
    await page.getByRole('button', { name: 'End the tour' }).click();
    await page.waitForURL((u) => !u.search.includes('tour='));
  });

  test('Space on the newest day plays from the first day, as the Play button does', async ({ page }) => {
    await page.goto('/?present=1');
    await page.locator(READY).waitFor();
    const date = page.getByTestId('present-panel').locator('p.date');
    await date.waitFor();
    assert.match(await date.innerText(), /22 August 2026/);
    await page.keyboard.press(' ');
    await page.waitForFunction(() =>
      /2022/.test(document.querySelector('[data-testid="present-panel"] p.date')!.textContent!),
    );
    await page.keyboard.press(' ');
  });

  test('the smallest text is at least 18 px at 1280×720, in both languages', async ({ page }) => {
    for (const query of [
      '?present=1&tour=front-line-2022-2026&step=2',
      '?present=1&lang=uk&tour=proposals&step=3',
      '?present=1&scenario=plan-2025-12',
    ]) {
      await page.goto(`/${query}`);
      await page.locator(READY).waitFor();
      await page.getByTestId('present-panel').waitFor();
      const min = await smallestText(page, '[data-testid="present-panel"]');
      assert.ok(min >= 18, `${query}: smallest text ${min}px`);
      // All of it on screen: the panel does not need scrolling.
      const { scroll, client } = await page
        .getByTestId('present-panel')
        .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      assert.ok(scroll <= client + 1, `${query}: panel overflows (${scroll} > ${client})`);
    }
  });

  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    test(`at ${width}×${height} the caption panel leaves the region each step is about in view`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ reducedMotion: 'reduce' }); // the camera jumps: no flight to wait out
      const cover: Cover = presentCover(width);
      const seen = { x: coverPadding(cover, width, height).left, y: 0, width: 0, height };
      seen.width = width - seen.x;
      const steps: [number, { lon: number; lat: number; zoom: number } | null, [number, number, RegExp][]][] =
        [
          // The first step and the last have no camera of their own: the whole front, beside the panel.
          [
            1,
            null,
            [
              [34.1, 45.0, /^Autonomous Republic of Crimea/],
              [33.4, 46.7, /^Kherson/],
            ],
          ],
          [4, { lon: 33.2, lat: 46.8, zoom: 7.5 }, [[33.2, 46.8, /^Kherson/]]],
          [7, { lon: 35.3, lat: 51.3, zoom: 8.5 }, [[35.3, 51.3, /^Kursk/]]],
          [
            9,
            null,
            [
              [34.1, 45.0, /^Autonomous Republic of Crimea/],
              [39.3, 48.6, /^Luhansk/],
            ],
          ],
        ];
      await page.goto(`/?present=1&tour=front-line-2022-2026&step=1`);
      await page.locator(READY).waitFor();
      const panel = page.getByTestId('present-panel');
      for (const [step, view, places] of steps) {
        await page.goto(`/?present=1&tour=front-line-2022-2026&step=${step === 9 ? 8 : step}`);
        await page.locator(READY).waitFor();
        await panel.waitFor();
        // The last step comes after a close-up: stepping to it must show the whole front again.
        if (step === 9) {
          await page.keyboard.press('ArrowRight');
          await page.waitForURL(/step=9/);
        }
        await page.waitForTimeout(800);
        const box = (await panel.boundingBox())!;
        // The panel stays within the part of the map the camera keeps clear of.
        assert.ok(
          box.x + box.width <= seen.x,
          `step ${step}: panel ends at ${box.x + box.width}, map seen from ${seen.x}`,
        );
        const camera = view ?? fitView(HOME, width, height, cover);
        // The area the step frames: the step's box, or a close-up's middle third around its place.
        const framed: Box = view
          ? { x: seen.x + seen.width / 3, y: height / 3, width: seen.width / 3, height: height / 3 }
          : (() => {
              const [x0, y0] = screenPoint(HOME[0][0], HOME[1][1], camera, width, height, cover);
              const [x1, y1] = screenPoint(HOME[1][0], HOME[0][1], camera, width, height, cover);
              return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
            })();
        assert.ok(
          !overlaps(box, framed),
          `step ${step}: panel ${JSON.stringify(box)} over ${JSON.stringify(framed)}`,
        );
        // …and the map really shows the step's places there.
        for (const [lon, lat, name] of places) {
          const [x, y] = screenPoint(lon, lat, camera, width, height, cover);
          assert.ok(x > seen.x && x < width && y > 0 && y < height, `step ${step}: ${name} at ${x},${y}`);
          assert.match(await unitAt(page, x, y), name, `step ${step}: at ${lon}, ${lat}`);
        }
      }
    });
  }

  test('the Present button enters presentation mode', async ({ page }) => {
    await page.goto('/');
    await page.locator(READY).waitFor();
    await page.getByRole('button', { name: /Present full screen/ }).click();
    await page.waitForURL(/present=1/);
    await page.getByTestId('present-panel').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/scenario=buffer-zone/);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('present='));
    const button = page.getByRole('button', { name: /Present full screen/ });
    await button.waitFor();
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus back on Present');
  });
});
