/**
 * The part of the map a panel hides (the presentation panel), so that camera moves centre their
 * view in the part still seen.
 */

/** Shares of the map's width (from the left) and height (from the bottom) under a panel. */
export interface Cover {
  left: number;
  bottom: number;
}

export const NO_COVER: Cover = { left: 0, bottom: 0 };

/** Widest screen on which the presentation panel is a strip along the bottom (PresentOverlay.svelte's CSS). */
export const PRESENT_STRIP_MAX_WIDTH = 600;

/**
 * Where the presentation panel sits: beside the map (up to 55 % of its width) on wide screens,
 * along the bottom (up to 55 % of its height) on a phone.
 */
export function presentCover(viewportWidth: number): Cover {
  return viewportWidth <= PRESENT_STRIP_MAX_WIDTH ? { left: 0, bottom: 0.55 } : { left: 0.55, bottom: 0 };
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
