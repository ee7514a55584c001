/**
 * Pictures of the map for the image export (render-image.ts), fitted into a box of `width` × `height`
 * CSS px at `pixelRatio`: drawn afresh by a hidden MapLibre map of that size, so the picture is as
 * sharp from a phone as from a desktop and the map on screen does not move; or, without WebGL, the
 * static SVG fitted whole.
 */
import { openPictureMap } from '../map/maplibre.ts';
import type { TerritoryMap } from '../map/territory-map.ts';
import { containRect } from './image-layout.ts';

/** Draws the map for a box of `width` × `height` CSS px at `pixelRatio`. */
export type Snapshot = (width: number, height: number, pixelRatio: number) => Promise<HTMLCanvasElement>;

/** A copy of `src`, which outlives the map that drew it. */
function copyOf(src: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = src.width;
  copy.height = src.height;
  copy.getContext('2d')?.drawImage(src, 0, 0);
  return copy;
}

/** The area `map` shows, with its state, drawn by a hidden map of the box's size. */
export async function mapPicture(
  map: TerritoryMap,
  width: number,
  height: number,
  pixelRatio: number,
): Promise<HTMLCanvasElement> {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  // Off the page rather than display:none: MapLibre needs a laid-out box to draw into.
  Object.assign(box.style, {
    position: 'fixed',
    left: `${-width - 100}px`,
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(box);
  let hidden: TerritoryMap | null = null;
  try {
    hidden = await openPictureMap(box, map.input, map.state, map.bounds(), pixelRatio);
    return copyOf(hidden.canvas());
  } finally {
    hidden?.destroy();
    box.remove();
  }
}

/** The static map's SVG (drawn without WebGL), fitted whole into the box. */
export async function svgPicture(
  svg: SVGSVGElement,
  width: number,
  height: number,
  pixelRatio: number,
): Promise<HTMLCanvasElement> {
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 800 600').split(' ').map(Number);
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
  );
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = width * pixelRatio;
    c.height = height * pixelRatio;
    const to = containRect(w, h, { x: 0, y: 0, w: c.width, h: c.height });
    c.getContext('2d')?.drawImage(img, to.x, to.y, to.w, to.h);
    return c;
  } finally {
    URL.revokeObjectURL(url);
  }
}
