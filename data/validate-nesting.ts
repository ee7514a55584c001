/**
 * How the rings of one geometry lie against each other once none of them cross: holes inside their
 * shell and outside each other, and no polygon inside another's interior. Overlapping polygons of one
 * MultiPolygon would be counted twice in an area sum, and a hole outside its shell would be subtracted
 * from land it does not cover.
 */
import type { FlatRings } from './validate-crossings.ts';
import { pointInRing } from './validate-crossings.ts';

/**
 * With no rings crossing, each ring is wholly inside or outside another, so one of its vertices not on
 * the other's boundary tells which. Holes must be inside their shell and outside the other holes;
 * a polygon must not lie inside another's interior (inside its shell but in none of its holes).
 */
export function checkNesting(
  flat: FlatRings,
  firstRing: number[],
  names: string[],
  name: (v: number) => string,
  fail: (m: string) => never,
): void {
  const box = ringBoxes(flat);
  const overlap = (p: number, q: number) =>
    box[4 * p] <= box[4 * q + 2] &&
    box[4 * q] <= box[4 * p + 2] &&
    box[4 * p + 1] <= box[4 * q + 3] &&
    box[4 * q + 1] <= box[4 * p + 3];
  /** Where `ring` lies against `other` (1 inside, −1 outside), and the vertex that told; 0 if all touch it. */
  const side = (ring: number, other: number): [number, number] => {
    for (let v = flat.start[ring]; v < flat.start[ring + 1] - 1; v++) {
      const s = pointInRing(flat, other, flat.xs[v], flat.ys[v]);
      if (s !== 0) return [s, v];
    }
    return [0, flat.start[ring]];
  };
  const polygons = firstRing.length - 1;
  for (let i = 0; i < polygons; i++) {
    const shell = firstRing[i];
    for (let h = shell + 1; h < firstRing[i + 1]; h++) {
      const [s, v] = overlap(h, shell) ? side(h, shell) : [-1, flat.start[h]];
      if (s !== 1)
        fail(
          `${names[h]} is a hole outside its polygon's outer ring: ${name(v)} ${s === 0 ? 'and all its other positions lie on it' : 'lies outside it'}`,
        );
      for (let g = shell + 1; g < h; g++)
        for (const [in_, out] of [
          [h, g],
          [g, h],
        ]) {
          const [t, u] = overlap(in_, out) ? side(in_, out) : [-1, 0];
          if (t !== -1)
            fail(`${names[in_]} is a hole inside another hole, ${names[out]}: ${name(u)} lies inside it`);
        }
    }
  }
  for (let i = 0; i < polygons; i++)
    for (let j = 0; j < polygons; j++) {
      if (i === j || !overlap(firstRing[i], firstRing[j])) continue;
      const [s, v] = side(firstRing[i], firstRing[j]);
      if (s === -1) continue;
      // Inside j's shell: fine only if inside one of j's holes (an island in a lake).
      let inHole = false;
      for (let h = firstRing[j] + 1; h < firstRing[j + 1] && !inHole; h++)
        inHole = overlap(firstRing[i], h) && side(firstRing[i], h)[0] !== -1;
      if (!inHole) fail(`polygon ${i} overlaps polygon ${j}: ${name(v)} lies inside polygon ${j}`);
    }
}

/** Bounding box of each ring: [west, south, east, north] at 4 × ring. */
function ringBoxes(flat: FlatRings): Float64Array {
  const rings = flat.start.length - 1;
  const box = new Float64Array(4 * rings);
  for (let r = 0; r < rings; r++) {
    box.set([Infinity, Infinity, -Infinity, -Infinity], 4 * r);
    for (let v = flat.start[r]; v < flat.start[r + 1]; v++) {
      box[4 * r] = Math.min(box[4 * r], flat.xs[v]);
      box[4 * r + 1] = Math.min(box[4 * r + 1], flat.ys[v]);
      box[4 * r + 2] = Math.max(box[4 * r + 2], flat.xs[v]);
      box[4 * r + 3] = Math.max(box[4 * r + 3], flat.ys[v]);
    }
  }
  return box;
}
