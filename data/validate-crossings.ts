/**
 * Where the edges of a geometry's rings meet. Comparing every edge with every other would take
 * ~4.5 million tests for one day of ~3,000 vertices, and there are ~1,600 days; a uniform grid
 * buckets the edges so only edges sharing a cell are compared (a sweep line was the alternative,
 * but a long north–south front line keeps many edges active at once, which a grid does not mind).
 * The tests use exact predicates (robust-predicates): a ring that touches itself or another ring
 * is told from a near miss exactly, never by a tolerance.
 */
import { orient2d } from 'robust-predicates';

/** The rings of one geometry, flattened; each ring is closed (its last vertex repeats its first). */
export interface FlatRings {
  xs: Float64Array;
  ys: Float64Array;
  /** Vertex offset of each ring, then the total: ring r is start[r] … start[r + 1] − 1. */
  start: Int32Array;
  /** Ring of each vertex. */
  ringOf: Int32Array;
}

/** How two edges meet: crossing at an inner point, touching at a single point, or overlapping along a stretch. */
export type ContactKind = 'cross' | 'touch' | 'overlap';

/** Two edges that meet, each named by its first vertex (a < b). */
export interface Contact {
  kind: ContactKind;
  a: number;
  b: number;
}

/** How the closed edges p1p2 and q1q2 meet, if at all; neither may be of zero length. */
export function edgeContact(r: FlatRings, p: number, q: number): ContactKind | null {
  const { xs, ys } = r;
  const px1 = xs[p],
    py1 = ys[p],
    px2 = xs[p + 1],
    py2 = ys[p + 1];
  const qx1 = xs[q],
    qy1 = ys[q],
    qx2 = xs[q + 1],
    qy2 = ys[q + 1];
  const d1 = orient2d(qx1, qy1, qx2, qy2, px1, py1);
  const d2 = orient2d(qx1, qy1, qx2, qy2, px2, py2);
  if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0)) return null;
  const d3 = orient2d(px1, py1, px2, py2, qx1, qy1);
  const d4 = orient2d(px1, py1, px2, py2, qx2, qy2);
  if ((d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0)) return null;
  if (d1 === 0 && d2 === 0) {
    // On one line: compare their spans along the axis the line runs most along.
    const alongX = Math.abs(px2 - px1) >= Math.abs(py2 - py1);
    const [a1, a2, b1, b2] = alongX ? [px1, px2, qx1, qx2] : [py1, py2, qy1, qy2];
    const lo = Math.max(Math.min(a1, a2), Math.min(b1, b2));
    const hi = Math.min(Math.max(a1, a2), Math.max(b1, b2));
    return lo > hi ? null : lo === hi ? 'touch' : 'overlap';
  }
  return d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0 ? 'cross' : 'touch';
}

/** The two edges at `v` fold back onto each other (a spike: zero-width, so an overlap of the ring with itself). */
export function foldsBack(r: FlatRings, prev: number, v: number, next: number): boolean {
  const { xs, ys } = r;
  if (orient2d(xs[prev], ys[prev], xs[v], ys[v], xs[next], ys[next]) !== 0) return false;
  return (xs[prev] - xs[v]) * (xs[next] - xs[v]) + (ys[prev] - ys[v]) * (ys[next] - ys[v]) > 0;
}

/** Edges a < b of one ring that share a vertex: consecutive ones, and the last with the first. */
function adjacent(r: FlatRings, a: number, b: number): boolean {
  const ring = r.ringOf[a];
  if (ring !== r.ringOf[b]) return false;
  return b === a + 1 || (a === r.start[ring] && b === r.start[ring + 1] - 2);
}

/** Grid cells per edge: enough that a cell holds a handful of edges on the real inputs. */
const CELLS_PER_EDGE = 4;
/** Bucket entries per edge before the grid is made coarser (a few very long edges would otherwise fill it). */
const MAX_ENTRIES_PER_EDGE = 16;

/**
 * Every pair of non-adjacent edges that meet and that `isProblem` calls a problem, in a fixed order,
 * stopping after `limit` of them. Adjacent edges always share their vertex; see `foldsBack` for them.
 */
export function findContacts(
  r: FlatRings,
  isProblem: (kind: ContactKind, a: number, b: number) => boolean,
  limit = 100,
): Contact[] {
  const { xs, ys, start, ringOf } = r;
  const edges: number[] = [];
  for (let v = 0; v < xs.length; v++) if (v + 1 < start[ringOf[v] + 1]) edges.push(v);
  const found: Contact[] = [];
  if (edges.length < 2) return found;
  // Each edge's bounding box, by its first vertex.
  const x0 = new Float64Array(xs.length);
  const x1 = new Float64Array(xs.length);
  const y0 = new Float64Array(xs.length);
  const y1 = new Float64Array(xs.length);
  for (const e of edges) {
    x0[e] = Math.min(xs[e], xs[e + 1]);
    x1[e] = Math.max(xs[e], xs[e + 1]);
    y0[e] = Math.min(ys[e], ys[e + 1]);
    y1[e] = Math.max(ys[e], ys[e + 1]);
  }
  const { cellOf, count, bucket } = buildGrid(edges, xs, ys, x0, x1, y0, y1);
  for (let c = 0; c + 1 < count.length; c++) {
    for (let i = count[c]; i < count[c + 1]; i++) {
      for (let j = i + 1; j < count[c + 1]; j++) {
        const a = Math.min(bucket[i], bucket[j]);
        const b = Math.max(bucket[i], bucket[j]);
        // Bounding boxes first; then test the pair only in the cell holding the lower-left corner
        // of where their boxes overlap, so a pair sharing several cells is tested once.
        const loX = Math.max(x0[a], x0[b]);
        const loY = Math.max(y0[a], y0[b]);
        if (loX > Math.min(x1[a], x1[b]) || loY > Math.min(y1[a], y1[b])) continue;
        if (cellOf(loX, loY) !== c || adjacent(r, a, b)) continue;
        const kind = edgeContact(r, a, b);
        if (kind && isProblem(kind, a, b)) {
          found.push({ kind, a, b });
          if (found.length >= limit) return sorted(found);
        }
      }
    }
  }
  return sorted(found);
}

/**
 * A uniform grid over the edges' extent: `bucket[count[c]] … bucket[count[c + 1] − 1]` are the edges
 * whose bounding box meets cell c (one flat array, no per-cell arrays to allocate).
 */
function buildGrid(
  edges: number[],
  xs: Float64Array,
  ys: Float64Array,
  x0: Float64Array,
  x1: Float64Array,
  y0: Float64Array,
  y1: Float64Array,
) {
  const [minX, minY, maxX, maxY] = bounds(xs, ys);
  const w = maxX - minX || 1e-9;
  const h = maxY - minY || 1e-9;
  const n = edges.length;
  for (let cells = CELLS_PER_EDGE * n; ; cells = Math.max(1, Math.floor(cells / 4))) {
    const nx = Math.max(1, Math.round(Math.sqrt((cells * w) / h)));
    const ny = Math.max(1, Math.round(cells / nx));
    const cx = (x: number) => Math.min(nx - 1, Math.floor(((x - minX) / w) * nx));
    const cy = (y: number) => Math.min(ny - 1, Math.floor(((y - minY) / h) * ny));
    const count = new Int32Array(nx * ny + 1);
    let entries = 0;
    for (const e of edges) {
      const a = cx(x0[e]);
      const b = cx(x1[e]);
      const c = cy(y0[e]);
      const d = cy(y1[e]);
      entries += (b - a + 1) * (d - c + 1);
      if (entries > MAX_ENTRIES_PER_EDGE * n) break;
      for (let y = c; y <= d; y++) for (let x = a; x <= b; x++) count[y * nx + x + 1]++;
    }
    if (entries > MAX_ENTRIES_PER_EDGE * n && cells > 1) continue;
    for (let c = 1; c < count.length; c++) count[c] += count[c - 1];
    const bucket = new Int32Array(entries);
    const fill = count.slice(0, nx * ny);
    for (const e of edges) {
      const a = cx(x0[e]);
      const b = cx(x1[e]);
      for (let y = cy(y0[e]); y <= cy(y1[e]); y++)
        for (let x = a; x <= b; x++) bucket[fill[y * nx + x]++] = e;
    }
    return { cellOf: (x: number, y: number) => cy(y) * nx + cx(x), count, bucket };
  }
}

const sorted = (found: Contact[]) => found.sort((p, q) => p.a - q.a || p.b - q.b);

function bounds(xs: Float64Array, ys: Float64Array): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < minX) minX = xs[i];
    if (xs[i] > maxX) maxX = xs[i];
    if (ys[i] < minY) minY = ys[i];
    if (ys[i] > maxY) maxY = ys[i];
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Where `(x, y)` lies against a closed ring: 1 inside, −1 outside, 0 on its boundary. Crossing
 * count along a ray to +x, with exact side tests, so a point on an edge is never guessed.
 */
export function pointInRing(r: FlatRings, ring: number, x: number, y: number): -1 | 0 | 1 {
  const { xs, ys } = r;
  let inside = false;
  for (let v = r.start[ring]; v < r.start[ring + 1] - 1; v++) {
    const ax = xs[v],
      ay = ys[v],
      bx = xs[v + 1],
      by = ys[v + 1];
    if ((ax < x && bx < x) || (ay > y && by > y) || (ay < y && by < y)) continue;
    const side = orient2d(ax, ay, bx, by, x, y);
    if (side === 0 && x >= Math.min(ax, bx)) return 0;
    // robust-predicates: negative when (x, y) is left of a→b. An upward edge passes right of the
    // point when the point is on its left; a downward one when it is on its right.
    if (ay <= y && by > y && side < 0) inside = !inside;
    else if (by <= y && ay > y && side > 0) inside = !inside;
  }
  return inside ? 1 : -1;
}
