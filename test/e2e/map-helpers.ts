/** Helpers shared by the map's e2e suites. */
import type { Page } from 'playwright-core';

/** Selector for the page once data and map show the current state. */
export const READY = 'main[data-status="ready"]';

/** km² in a cell of the area table (the people table has the same rows), as the plain data-km2 attribute. */
export async function km2(page: Page, region: string, col: string): Promise<number> {
  const cell = `[data-testid="area-table"] tr[data-region="${region}"] td[data-col="${col}"]`;
  const v = await page.locator(cell).getAttribute('data-km2');
  return Number(v);
}

/** The map holds the whole history (map/MapView.svelte's `data-history`): any date is a repaint. */
export const HISTORY_IN = '.map-panel[data-history="full"]';

/** Fill colour of Russian-held land (src/lib/map/palette.ts `russianHeld`). */
export const RU_FILL: [number, number, number] = [0xd3, 0x9b, 0x6e];
/** Colour of Ukraine's land that no one else holds (palette.ts `ukraine`). */
export const UA_LAND: [number, number, number] = [0xfa, 0xf8, 0xf3];

/** Every `stride`-th pixel of a PNG as [r, g, b], decoded in the page, since Node has no PNG decoder at hand. */
export async function samplePixels(page: Page, png: Buffer, stride = 1): Promise<[number, number, number][]> {
  return page.evaluate(
    async ({ b64, stride }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      const out: [number, number, number][] = [];
      for (let i = 0; i < d.length; i += 4 * stride) out.push([d[i], d[i + 1], d[i + 2]]);
      return out;
    },
    { b64: png.toString('base64'), stride },
  );
}

/**
 * The most common colour in a 5×5 block of the screen: a stray anti-aliased edge or label halo
 * cannot decide the answer.
 */
export async function colourAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: x - 2, y: y - 2, width: 5, height: 5 } });
  const counts = new Map<string, number>();
  for (const rgb of await samplePixels(page, png)) counts.set(rgb.join(), (counts.get(rgb.join()) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  return best.split(',').map(Number) as [number, number, number];
}

export const near = (a: number[], b: number[], tol = 10) => a.every((v, i) => Math.abs(v - b[i]) <= tol);
