/**
 * Where a hover tooltip goes beside the pointer at (x, y) in a box of `width` × `height`: right of and
 * below the pointer, or left of / above it in the box's right / lower half, so that it is never cut off
 * at the box's edge. A CSS transform.
 */
export function tooltipTransform(x: number, y: number, width: number, height: number): string {
  const gap = 12;
  const dx = x > width / 2 ? `calc(-100% - ${gap}px)` : `${gap}px`;
  const dy = y > height / 2 ? `calc(-100% - ${gap}px)` : `${gap}px`;
  return `translate(${dx}, ${dy})`;
}
