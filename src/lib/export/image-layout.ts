/**
 * Where things go on an exported image, in CSS pixels (drawn at 2×): landscape for slides and
 * link previews, square for social posts. Pure, so the geometry is tested without a canvas.
 */

export type ImageFormat = 'landscape' | 'square';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ImageLayout {
  width: number;
  height: number;
  /** Title, scenario and date. */
  header: Rect;
  map: Rect;
  /** Key numbers and the legend. */
  panel: Rect;
  /** Source and attribution line, and the permalink. */
  footer: Rect;
}

/** Drawn at twice the CSS size, so text stays crisp on high-density screens and in print. */
export const SCALE = 2;

const PAD = 24;

/** The tallest the square image's panel grows: past it, the map would be too small to read. */
export const SQUARE_PANEL_MAX = 300;

/**
 * @param panelHeight what the key numbers and legend need (square only: they run under the map,
 *   which takes the rest of the height)
 */
export function imageLayout(format: ImageFormat, panelHeight = SQUARE_PANEL_MAX): ImageLayout {
  if (format === 'landscape') {
    const width = 1200;
    const height = 675;
    const header = { x: PAD, y: PAD, w: width - 2 * PAD, h: 78 };
    const footer = { x: PAD, y: height - PAD - 40, w: width - 2 * PAD, h: 40 };
    const top = header.y + header.h + 8;
    const bottom = footer.y - 8;
    const map = { x: PAD, y: top, w: 720, h: bottom - top };
    const panel = { x: map.x + map.w + PAD, y: top, w: width - 3 * PAD - map.w, h: bottom - top };
    return { width, height, header, map, panel, footer };
  }
  const width = 1080;
  const height = 1080;
  const ph = Math.ceil(Math.min(Math.max(panelHeight, 0), SQUARE_PANEL_MAX));
  const header = { x: PAD, y: PAD, w: width - 2 * PAD, h: 86 };
  const footer = { x: PAD, y: height - PAD - 44, w: width - 2 * PAD, h: 44 };
  const panel = { x: PAD, y: footer.y - 8 - ph, w: width - 2 * PAD, h: ph };
  const top = header.y + header.h + 8;
  const map = { x: PAD, y: top, w: width - 2 * PAD, h: panel.y - 12 - top };
  return { width, height, header, map, panel, footer };
}

/** Where an image of size `w`×`h` goes to fit whole inside `box`, centred, keeping its shape. */
export function containRect(w: number, h: number, box: Rect): Rect {
  const scale = Math.min(box.w / w, box.h / h);
  const dw = w * scale;
  const dh = h * scale;
  return { x: box.x + (box.w - dw) / 2, y: box.y + (box.h - dh) / 2, w: dw, h: dh };
}
