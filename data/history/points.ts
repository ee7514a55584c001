/**
 * Who holds a point (a power plant, a settlement) on every date, from the history's faces: the face
 * the point lies in carries, per unit and status, the spans of dates it is held. Worked out once in
 * the pipeline, so the page knows every holder on every date without the history file.
 */
import type { FeatureCollection, Point, Position } from 'geojson';
import type { HistoryData } from '../../src/lib/data/history-format.ts';
import type { HeldSpans, Status } from '../../src/lib/data/types.ts';
import { unionSpans } from '../../src/lib/data/spans.ts';
import { faceRings } from './build.ts';

/** Even-odd test of a point (grid units, not rounded) against a face's rings. */
function inRings(rings: Int32Array[], px: number, py: number): boolean {
  let odd = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [ax, ay, bx, by] = [r[2 * j], r[2 * j + 1], r[2 * i], r[2 * i + 1]];
      if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) odd = !odd;
    }
  }
  return odd;
}

/** For each point (lon/lat), what holds it when, as far as the history's faces say. */
export function heldAt(h: HistoryData, points: readonly Position[]): HeldSpans[] {
  const faces = h.faces.map((f) => {
    const rings = faceRings(h, f.polygons);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of rings)
      for (let k = 0; k < r.length; k += 2) {
        x0 = Math.min(x0, r[k]);
        x1 = Math.max(x1, r[k]);
        y0 = Math.min(y0, r[k + 1]);
        y1 = Math.max(y1, r[k + 1]);
      }
    return { rings, box: [x0, y0, x1, y1], held: f.held };
  });
  return points.map(([lon, lat]) => {
    const px = (lon - h.grid.x0) / h.grid.kx;
    const py = (lat - h.grid.y0) / h.grid.ky;
    const lists: Partial<Record<Status, number[][]>> = {};
    for (const f of faces) {
      const [x0, y0, x1, y1] = f.box;
      if (px < x0 || px > x1 || py < y0 || py > y1 || !inRings(f.rings, px, py)) continue;
      for (const { g, spans } of f.held) (lists[h.groups[g].s] ??= []).push(spans);
    }
    const out: HeldSpans = {};
    for (const [s, l] of Object.entries(lists) as [Status, number[][]][]) out[s] = unionSpans(l);
    return out;
  });
}

/** Each point feature with who holds its land when, as its `held` property. */
export function withHeld<P extends object>(
  points: FeatureCollection<Point, P>,
  history: HistoryData,
): FeatureCollection<Point, P & { held: HeldSpans }> {
  const held = heldAt(
    history,
    points.features.map((f) => f.geometry.coordinates),
  );
  return {
    ...points,
    features: points.features.map((f, i) => ({ ...f, properties: { ...f.properties, held: held[i] } })),
  };
}
