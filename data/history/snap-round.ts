/**
 * Noding by snap rounding (Hobby 1999) on an integer grid: every endpoint and every crossing of two
 * segments, rounded to the grid, is a "hot pixel", and each segment is routed through the centre of
 * every hot pixel its path touches. The result has no crossings left: segments meet only at shared
 * vertices or run together, which is what a planar subdivision needs. The history's boundaries cross
 * each other about 40,000 times (DeepStateMap redraws the front a little differently each day), so
 * the overlay cannot rely on shared vertices alone. Hand-written: JSTS has a snap-rounding noder, but
 * it works on floating-point coordinates and would cost a dependency of 1 MB for 150 lines here.
 */

/** A coarse grid of buckets over the plane, for finding what lies near a segment. */
class Buckets {
  private readonly cells = new Map<number, number[]>();
  constructor(private readonly size: number) {}

  private key(cx: number, cy: number): number {
    return cx * 1_048_576 + cy;
  }

  /** Adds `id` to every bucket the box [x0, x1] × [y0, y1] touches. */
  add(id: number, x0: number, y0: number, x1: number, y1: number): void {
    const s = this.size;
    for (let cx = Math.floor(x0 / s); cx <= Math.floor(x1 / s); cx++)
      for (let cy = Math.floor(y0 / s); cy <= Math.floor(y1 / s); cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(id);
        else this.cells.set(k, [id]);
      }
  }

  /** Calls `visit` with every bucket's list that the box touches (an id may come more than once). */
  near(x0: number, y0: number, x1: number, y1: number, visit: (ids: number[]) => void): void {
    const s = this.size;
    for (let cx = Math.floor(x0 / s); cx <= Math.floor(x1 / s); cx++)
      for (let cy = Math.floor(y0 / s); cy <= Math.floor(y1 / s); cy++) {
        const list = this.cells.get(this.key(cx, cy));
        if (list) visit(list);
      }
  }

  lists(): IterableIterator<number[]> {
    return this.cells.values();
  }
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** The noded segments: node coordinates, and for each input segment the nodes it now runs through. */
export interface Noded {
  xs: Int32Array;
  ys: Int32Array;
  /** Per input segment, the node ids from its start to its end (at least two, possibly equal when it collapsed). */
  chains: Int32Array[];
}

/**
 * Nodes segments given as [x0, y0, x1, y1, …] on an integer grid (coordinates below 2²⁵ in size).
 * @param bucket size of the search buckets in grid units: about the typical segment length
 */
export function snapRound(segments: Int32Array, bucket = 64): Noded {
  const n = segments.length / 4;
  const seg = (i: number) => segments.subarray(4 * i, 4 * i + 4);
  const byBucket = new Buckets(bucket);
  for (let i = 0; i < n; i++) {
    const [x0, y0, x1, y1] = seg(i);
    byBucket.add(i, Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }

  // Hot pixels: endpoints, then the rounded point of every proper crossing.
  const hot = new Map<number, number>();
  const hx: number[] = [];
  const hy: number[] = [];
  const addHot = (x: number, y: number) => {
    const k = x * 67_108_864 + y;
    if (!hot.has(k)) {
      hot.set(k, hx.length);
      hx.push(x);
      hy.push(y);
    }
  };
  for (let i = 0; i < n; i++) {
    const [x0, y0, x1, y1] = seg(i);
    addHot(x0, y0);
    addHot(x1, y1);
  }
  const tested = new Set<number>();
  for (const list of byBucket.lists()) {
    for (let p = 0; p < list.length; p++)
      for (let q = p + 1; q < list.length; q++) {
        const i = Math.min(list[p], list[q]);
        const j = Math.max(list[p], list[q]);
        const pair = i * n + j;
        if (tested.has(pair)) continue;
        tested.add(pair);
        crossing(seg(i), seg(j), addHot);
      }
  }

  // Route each segment through the hot pixels whose unit square it touches. A route's pieces can pass
  // by other hot pixels the segment did not: route those pieces again until none does (iterated snap
  // rounding), which removes the last crossings, such as two unit diagonals through one pixel corner.
  const pixels = new Buckets(bucket);
  for (let h = 0; h < hx.length; h++) pixels.add(h, hx[h], hy[h], hx[h], hy[h]);
  const pointId = (x: number, y: number) => hot.get(x * 67_108_864 + y)!;
  const found: number[] = [];
  const seen = new Set<number>();
  /** The hot pixels strictly between a and b that a→b touches, in order from a. */
  const route = (ax: number, ay: number, bx: number, by: number, skipA: number, skipB: number): number[] => {
    found.length = 0;
    seen.clear();
    pixels.near(
      Math.min(ax, bx) - 1,
      Math.min(ay, by) - 1,
      Math.max(ax, bx) + 1,
      Math.max(ay, by) + 1,
      (ids) => {
        for (const h of ids) {
          if (seen.has(h) || h === skipA || h === skipB) continue;
          seen.add(h);
          if (touchesPixel(ax, ay, bx, by, hx[h], hy[h])) found.push(h);
        }
      },
    );
    const dx = bx - ax;
    const dy = by - ay;
    const along = (h: number) => (hx[h] - ax) * dx + (hy[h] - ay) * dy;
    return [...found].sort((g, h) => along(g) - along(h) || g - h);
  };
  let chains: number[][] = [];
  for (let i = 0; i < n; i++) {
    const [ax, ay, bx, by] = seg(i);
    const start = pointId(ax, ay);
    const end = pointId(bx, by);
    chains.push([start, ...route(ax, ay, bx, by, start, end), end]);
  }
  const settled = new Set<number>();
  for (let round = 0; round < 8; round++) {
    let changed = false;
    const pieces = new Map<number, number[]>();
    chains = chains.map((chain) => {
      const out = [chain[0]];
      for (let k = 0; k + 1 < chain.length; k++) {
        const a = chain[k];
        const b = chain[k + 1];
        const key = a * 67_108_864 + b;
        let via = settled.has(key) ? [] : pieces.get(key);
        if (!via) {
          via = route(hx[a], hy[a], hx[b], hy[b], a, b);
          if (via.length) pieces.set(key, via);
          else settled.add(key);
        }
        if (via.length) changed = true;
        out.push(...via, b);
      }
      return out;
    });
    if (!changed) break;
  }
  const dedup = chains.map((chain) => Int32Array.from(chain.filter((v, k) => k === 0 || v !== chain[k - 1])));
  return { xs: Int32Array.from(hx), ys: Int32Array.from(hy), chains: dedup };
}

/** Adds the rounded crossing point of two segments when they cross properly (not at an endpoint). */
function crossing(a: Int32Array, b: Int32Array, add: (x: number, y: number) => void): void {
  const [ax, ay, bx, by] = a;
  const [cx, cy, dx, dy] = b;
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (!((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) || !((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return;
  // Touching and overlapping segments meet at an endpoint, which is already hot.
  const t = o3 / (o3 - o4);
  add(Math.round(ax + t * (bx - ax)), Math.round(ay + t * (by - ay)));
}

/** A bound on the parameter t of a segment: the fraction num/den (den > 0), open or closed. */
interface Bound {
  num: number;
  den: number;
  open: boolean;
}

const below = (a: Bound, b: Bound) => a.num * b.den < b.num * a.den;
const same = (a: Bound, b: Bound) => a.num * b.den === b.num * a.den;

/**
 * Narrows [lo, hi] to the t where lo0 ≤ p0 + t·d < hi0 (the half-open range of one axis), in place.
 * Returns false when that is empty.
 */
function clipAxis(p0: number, d: number, lo0: number, hi0: number, range: { lo: Bound; hi: Bound }): boolean {
  if (d === 0) return p0 >= lo0 && p0 < hi0;
  // p0 + t·d ≥ lo0 and < hi0: for d > 0, t ≥ (lo0 − p0)/d and t < (hi0 − p0)/d; reversed for d < 0.
  const sign = d > 0 ? 1 : -1;
  const fromLo: Bound = { num: sign * (lo0 - p0), den: Math.abs(d), open: false };
  const fromHi: Bound = { num: sign * (hi0 - p0), den: Math.abs(d), open: true };
  const [lower, upper] = d > 0 ? [fromLo, fromHi] : [fromHi, fromLo];
  if (below(range.lo, lower) || (same(range.lo, lower) && lower.open)) range.lo = lower;
  if (below(upper, range.hi) || (same(upper, range.hi) && upper.open)) range.hi = upper;
  return below(range.lo, range.hi) || (same(range.lo, range.hi) && !range.lo.open && !range.hi.open);
}

/**
 * Whether segment a→b touches the pixel (px, py): the half-open square [px − ½, px + ½) × [py − ½,
 * py + ½), so that a point on a pixel corner belongs to one pixel only, the one rounding gives it
 * (half-open squares are what makes snap rounding free of crossings). Exact: the test runs on
 * doubled coordinates, where the square's sides are whole numbers, with t as fractions.
 */
export function touchesPixel(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  px: number,
  py: number,
): boolean {
  const range = { lo: { num: 0, den: 1, open: false }, hi: { num: 1, den: 1, open: false } };
  return (
    clipAxis(2 * ax, 2 * (bx - ax), 2 * px - 1, 2 * px + 1, range) &&
    clipAxis(2 * ay, 2 * (by - ay), 2 * py - 1, 2 * py + 1, range)
  );
}
