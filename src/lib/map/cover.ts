/**
 * The part of the map a panel hides (the presentation panel), so that camera moves centre their
 * view in the part still seen, and the presentation panel's size, from which that part follows.
 */

/** Shares of the map's width (from the left) and height (from the bottom) under a panel. */
export interface Cover {
  left: number;
  bottom: number;
}

export const NO_COVER: Cover = { left: 0, bottom: 0 };

/** Widest screen on which the presentation panel is a strip along the bottom (PresentOverlay.svelte's CSS). */
export const PRESENT_STRIP_MAX_WIDTH = 600;

/** Gap between the presentation panel and the screen's edge, and between it and the map seen, px. */
export const PRESENT_MARGIN = 16;

/**
 * Width of the presentation panel on a wide screen, in px: a column at the left taking 42 % of the
 * screen, at least 340 px (a line of its 20 px type holds some 30 characters) and at most 560 px.
 * The map keeps the rest, where every camera move centres its view.
 */
export function presentPanelWidth(viewportWidth: number): number {
  return Math.round(Math.min(560, Math.max(340, 0.42 * viewportWidth)));
}

/**
 * Where the presentation panel sits: a column at the left on wide screens (its width and margins),
 * along the bottom (up to 55 % of the height) on a phone.
 */
export function presentCover(viewportWidth: number): Cover {
  if (viewportWidth <= PRESENT_STRIP_MAX_WIDTH) return { left: 0, bottom: 0.55 };
  const covered = presentPanelWidth(viewportWidth) + 2 * PRESENT_MARGIN;
  return { left: Math.min(1, covered / viewportWidth), bottom: 0 };
}

/** MapLibre camera padding, in px, for a map of `width` × `height` with `cover` hidden. */
export function coverPadding(
  cover: Cover,
  width: number,
  height: number,
): { left: number; top: number; right: number; bottom: number } {
  return {
    left: Math.round(width * cover.left),
    top: 0,
    right: 0,
    bottom: Math.round(height * cover.bottom),
  };
}

/** Web Mercator x and y of a position, as shares of the world (0…1, y down). */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/** Longitude and latitude of a Web Mercator position. */
function unmercator(x: number, y: number): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

/**
 * The camera (centre and zoom) that shows `bounds` whole in the part of a `width` × `height` map
 * that `cover` leaves seen, `margin` px inside it: with the cover as padding (coverPadding), the
 * centre lands in the middle of that part.
 */
export function fitView(
  bounds: [[number, number], [number, number]],
  width: number,
  height: number,
  cover: Cover,
  margin = 24,
): { lon: number; lat: number; zoom: number } {
  const [x0, y1] = mercator(...bounds[0]);
  const [x1, y0] = mercator(...bounds[1]);
  const pad = coverPadding(cover, width, height);
  const w = Math.max(1, width - pad.left - pad.right - 2 * margin);
  const h = Math.max(1, height - pad.top - pad.bottom - 2 * margin);
  const zoom = Math.log2(Math.min(w / ((x1 - x0) * TILE), h / ((y1 - y0) * TILE)));
  const [lon, lat] = unmercator((x0 + x1) / 2, (y0 + y1) / 2);
  return { lon, lat, zoom: Math.round(zoom * 100) / 100 };
}

/**
 * Where a position lands on a `width` × `height` map whose camera is `view` with `cover` as
 * padding (MapLibre's projection, without rotation or pitch), px from the map's top left.
 */
export function screenPoint(
  lon: number,
  lat: number,
  view: { lon: number; lat: number; zoom: number },
  width: number,
  height: number,
  cover: Cover = NO_COVER,
): [number, number] {
  const pad = coverPadding(cover, width, height);
  const scale = TILE * 2 ** view.zoom;
  const [cx, cy] = mercator(view.lon, view.lat);
  const [x, y] = mercator(lon, lat);
  const ox = pad.left + (width - pad.left - pad.right) / 2;
  const oy = pad.top + (height - pad.top - pad.bottom) / 2;
  return [ox + (x - cx) * scale, oy + (y - cy) * scale];
}
