/**
 * The history's integer grid: about 20 m a cell, fixed for a build and kept by every update, so that
 * days added later land on the same grid as the faces they extend. Its origin covers every unit the
 * control is cut by, so no day can fall off it.
 */
import type { MultiPolygon, Position } from 'geojson';
import type { Grid } from '../../src/lib/data/history-format.ts';
import * as geographiclib from 'geographiclib-geodesic';

const lib = (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;

/** Cell size in degrees: 0.00027° of longitude is 20 m at 48° N, 0.00018° of latitude 20 m. */
export const CELL = { kx: 0.00027, ky: 0.00018 } as const;

/** A grid whose origin is the whole degree at or below the south-west corner of `bbox`. */
export function gridFor(bbox: [number, number, number, number]): Grid {
  return { x0: Math.floor(bbox[0]), y0: Math.floor(bbox[1]), ...CELL };
}

/** A polygon's rings on the grid as flat [x, y, …] without the closing point; repeated points dropped. */
export function gridRings(rings: Position[][], g: Grid): Int32Array[] {
  return rings.map((ring) => {
    const out: number[] = [];
    for (const [lon, lat] of ring) {
      const x = Math.round((lon - g.x0) / g.kx);
      const y = Math.round((lat - g.y0) / g.ky);
      const n = out.length;
      if (n && out[n - 2] === x && out[n - 1] === y) continue;
      out.push(x, y);
    }
    if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
    return Int32Array.from(out);
  });
}

/** Every ring of a MultiPolygon on the grid, dropping those that collapsed to fewer than 3 points. */
export function gridMultiPolygon(m: MultiPolygon, g: Grid): Int32Array[] {
  return m.coordinates.flatMap((p) => gridRings(p, g)).filter((r) => r.length >= 6);
}

/**
 * Worst-case distance in metres between a position and its grid cell's centre: half a cell's
 * diagonal, where a degree of longitude is longest (the grid's southern edge).
 */
export function gridErrorMetres(g: Grid): number {
  return lib.Geodesic.WGS84.Inverse(g.y0, 0, g.y0 + g.ky / 2, g.kx / 2).s12 ?? 0;
}

/** A cell's width in metres (its shorter side, east–west at the grid's northern edge, 54° N). */
export function cellMetres(g: Grid): number {
  return lib.Geodesic.WGS84.Inverse(54, 0, 54, g.kx).s12 ?? 0;
}
