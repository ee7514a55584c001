/**
 * Colour-vision deficiencies, checked on simulated screenshots: Chromium renders the page as a
 * protanope, deuteranope or tritanope would see it (DevTools' vision emulation), and the land fills
 * a reader must tell apart still differ clearly in what is drawn. The pictures are kept in
 * test-results/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { differenceCiede2000 } from 'culori';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { colourAt, READY } from './map-helpers.ts';

const VISIONS = ['none', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
/** As in src/lib/map/palette.test.ts: a different colour at a glance. */
const APART = 10;

type Lonlat = [number, number];
/** Where each fill is sampled, in a view that shows it; chosen clear of labels, dots and borders. */
const VIEWS = {
  kursk: {
    query: '?date=2024-08-25&view=35.3,51.2,8',
    points: { uaInRussia: [35.0, 51.25], russia: [36.0, 51.6], ukraine: [34.4, 50.95] },
  },
  donbas: {
    query: '?date=2026-08-22&view=37.8,48,8',
    points: { russianHeld: [38.3, 48.3] },
  },
} satisfies Record<string, { query: string; points: Record<string, Lonlat> }>;

/** Screen offset of a point from the map's centre, in Web Mercator with MapLibre's 512 px tiles. */
function offset([lon, lat]: Lonlat, [clon, clat]: Lonlat, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const y = (l: number) => (Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return [((lon - clon) / 360) * world, y(clat) - y(lat)];
}

async function sample(page: Page, query: string, points: Record<string, Lonlat>, vision: string) {
  const [lon, lat, zoom] = new URLSearchParams(query).get('view')!.split(',').map(Number);
  const box = (await page.locator('.map').boundingBox())!;
  mkdirSync('test-results', { recursive: true });
  await page.locator('.map').screenshot({ path: `test-results/vision-${vision}-${query.slice(6, 16)}.png` });
  const out: Record<string, string> = {};
  for (const [name, p] of Object.entries(points)) {
    const [dx, dy] = offset(p, [lon, lat], zoom);
    const [r, g, b] = await colourAt(page, box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    out[name] = `rgb(${r},${g},${b})`;
  }
  return out;
}

const deltaE = differenceCiede2000();

test.describe('colour vision', () => {
  test('land fills stay apart as protanopes, deuteranopes and tritanopes see them', async ({ page }) => {
    const seen: Record<string, Record<string, string>> = Object.fromEntries(VISIONS.map((v) => [v, {}]));
    const cdp = await page.context().newCDPSession(page);
    for (const { query, points } of Object.values(VIEWS)) {
      await page.goto(`/${query}`);
      await page.locator(READY).waitFor();
      for (const vision of VISIONS) {
        await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: vision });
        Object.assign(seen[vision], await sample(page, query, points, vision));
      }
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    }
    const pairs = [
      ['russianHeld', 'ukraine'],
      ['russianHeld', 'uaInRussia'],
      ['uaInRussia', 'russia'],
      ['uaInRussia', 'ukraine'],
    ];
    for (const vision of VISIONS)
      for (const [a, b] of pairs) {
        const d = deltaE(seen[vision][a], seen[vision][b]);
        assert.ok(
          d >= APART,
          `${vision}: ${a} ${seen[vision][a]} vs ${b} ${seen[vision][b]}, ΔE ${d.toFixed(1)}`,
        );
      }
    // The emulation really changed the picture, so the check above is not of the plain colours.
    assert.notEqual(seen.deuteranopia.uaInRussia, seen.none.uaInRussia);
  });
});
