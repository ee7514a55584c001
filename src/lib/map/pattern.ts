/**
 * The map's patterns, so that "claimed but not held" is marked by texture and not by colour alone
 * (readable in greyscale print and by colour-blind readers): one registry of their ids, kinds and
 * colours for every picture (the WebGL style's images, the SVG fallback's <pattern>s, the legend and
 * the exported image's key), and the images themselves drawn into plain RGBA bytes for `map.addImage`.
 */
import { PALETTE } from './palette.ts';

/** How a pattern looks, as the legends draw it. */
export type PatternKind = 'hatch' | 'crosshatch' | 'dots';

/**
 * Every pattern: `id` names the WebGL style's image and the SVG fallback's <pattern>. Land passing to
 * Russia is hatched, land becoming a demilitarised zone cross-hatched, land returning to Ukraine dotted.
 */
export const PATTERNS = {
  claimed: { id: 'hatch-claimed', kind: 'hatch', color: PALETTE.russianHeld },
  dmz: { id: 'hatch-dmz', kind: 'crosshatch', color: PALETTE.dmz },
  toUa: { id: 'dots-to-ua', kind: 'dots', color: PALETTE.russianHeldLine },
} as const satisfies Record<string, { id: string; kind: PatternKind; color: string }>;

export type PatternId = (typeof PATTERNS)[keyof typeof PATTERNS]['id'];

/** An RGBA image as `map.addImage` takes it. */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

function hex(c: string): [number, number, number] {
  const n = parseInt(c.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Diagonal stripes rising left to right, tiling seamlessly: pixel (x, y) is ink when
 * (x + y) mod size falls inside the stripe. With `cross`, the other diagonal too.
 * @param size tile side in pixels; the stripe period
 * @param width stripe width in pixels
 */
export function hatch(color: string, size: number, width: number, cross = false): Rgba {
  const [r, g, b] = hex(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const ink = (x + y) % size < width || (cross && (x - y + size) % size < width);
      if (!ink) continue;
      data.set([r, g, b, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * Round dots on a square grid, a texture distinct from stripes at a glance: used for land that would
 * return to Ukraine, so it reads apart from land passing to Russia even without colour.
 * @param size tile side in pixels; the dot spacing
 * @param radius dot radius in pixels
 */
export function dots(color: string, size: number, radius: number): Rgba {
  const [r, g, b] = hex(color);
  const data = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x - c) ** 2 + (y - c) ** 2 > radius ** 2) continue;
      data.set([r, g, b, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * The WebGL map's image for each pattern, drawn at 2× pixel ratio so it stays crisp on high-density
 * screens; MapLibre asks for them by id the first time a layer needs one.
 */
export function mapImages(): Record<PatternId, Rgba> {
  const { claimed, dmz, toUa } = PATTERNS;
  return {
    [claimed.id]: hatch(claimed.color, 12, 3),
    [dmz.id]: hatch(dmz.color, 12, 2, true),
    [toUa.id]: dots(toUa.color, 9, 1.9),
  };
}
