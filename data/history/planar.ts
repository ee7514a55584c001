/**
 * A planar subdivision from noded edges (see snap-round.ts): half-edges around each node in angular
 * order, the cycles they trace with a face on their left, and which face each cycle bounds. Positive
 * (counter-clockwise) cycles are the outer rings of faces; negative ones are the outside of a
 * connected group of edges, a hole in whichever face contains it, found by point location.
 */

/** Face id of the unbounded outside. */
export const OUTSIDE = -1;

export interface Planar {
  xs: Int32Array;
  ys: Int32Array;
  /** Edge e joins node `ea[e]` to node `eb[e]`; half-edge 2e runs a→b, 2e + 1 runs b→a. */
  ea: Int32Array;
  eb: Int32Array;
  /** The half-edge that follows each half-edge around the face on its left. */
  next: Int32Array;
  /** The cycle each half-edge belongs to. */
  cycleOf: Int32Array;
  /** Per cycle: a half-edge on it, and twice its signed area (grid units²). */
  cycleStart: Int32Array;
  cycleArea2: Float64Array;
  /** Face id of each cycle: its own index among positive cycles, or the face a negative one lies in. */
  cycleFace: Int32Array;
  /** Number of faces (positive cycles). */
  faces: number;
}

export const tail = (p: Pick<Planar, 'ea' | 'eb'>, h: number) => (h & 1 ? p.eb[h >> 1] : p.ea[h >> 1]);
export const head = (p: Pick<Planar, 'ea' | 'eb'>, h: number) => (h & 1 ? p.ea[h >> 1] : p.eb[h >> 1]);
/** The face on the left of half-edge `h`. */
export const leftFace = (p: Planar, h: number) => p.cycleFace[p.cycleOf[h]];

/** Half-plane of a direction (0: angle in [0, π), 1: [π, 2π)), for exact angular sorting. */
const half = (dx: number, dy: number) => (dy > 0 || (dy === 0 && dx > 0) ? 0 : 1);

/**
 * Builds the subdivision of edges (pairs of node ids, each pair once, no zero-length edge) over
 * nodes at (xs, ys).
 */
export function buildPlanar(
  xs: Int32Array,
  ys: Int32Array,
  ea: Int32Array,
  eb: Int32Array,
  locate = true,
): Planar {
  const nodes = xs.length;
  const halves = ea.length * 2;
  const p = { ea, eb };
  // Outgoing half-edges per node (CSR), sorted counter-clockwise by direction.
  const degree = new Int32Array(nodes + 1);
  for (let h = 0; h < halves; h++) degree[tail(p, h) + 1]++;
  for (let v = 0; v < nodes; v++) degree[v + 1] += degree[v];
  const out = new Int32Array(halves);
  const fill = degree.slice(0, nodes);
  for (let h = 0; h < halves; h++) out[fill[tail(p, h)]++] = h;
  const slot = new Int32Array(halves);
  for (let v = 0; v < nodes; v++) {
    const from = degree[v];
    const to = degree[v + 1];
    if (to - from > 1) {
      const list = Array.from(out.subarray(from, to));
      const vx = xs[v];
      const vy = ys[v];
      list.sort((g, h) => {
        const gx = xs[head(p, g)] - vx;
        const gy = ys[head(p, g)] - vy;
        const hx2 = xs[head(p, h)] - vx;
        const hy2 = ys[head(p, h)] - vy;
        return half(gx, gy) - half(hx2, hy2) || hx2 * gy - hy2 * gx;
      });
      out.set(list, from);
    }
    for (let k = from; k < to; k++) slot[out[k]] = k;
  }
  // The next half-edge around the left face of u→v leaves v just clockwise of v→u.
  const next = new Int32Array(halves);
  for (let h = 0; h < halves; h++) {
    const v = head(p, h);
    const k = slot[h ^ 1];
    next[h] = out[k === degree[v] ? degree[v + 1] - 1 : k - 1];
  }
  return withCycles(xs, ys, ea, eb, next, locate);
}

/** Traces the cycles of `next`, measures them and finds the face of every cycle. */
function withCycles(
  xs: Int32Array,
  ys: Int32Array,
  ea: Int32Array,
  eb: Int32Array,
  next: Int32Array,
  locate: boolean,
): Planar {
  const p = { ea, eb };
  const halves = next.length;
  const cycleOf = new Int32Array(halves).fill(-1);
  const starts: number[] = [];
  const areas: number[] = [];
  for (let h0 = 0; h0 < halves; h0++) {
    if (cycleOf[h0] !== -1) continue;
    const c = starts.length;
    const x0 = xs[tail(p, h0)];
    const y0 = ys[tail(p, h0)];
    let area2 = 0;
    let h = h0;
    do {
      cycleOf[h] = c;
      const a = tail(p, h);
      const b = head(p, h);
      // Relative to the cycle's first node, so the products stay small and exact.
      area2 += (xs[a] - x0) * (ys[b] - y0) - (xs[b] - x0) * (ys[a] - y0);
      h = next[h];
    } while (h !== h0);
    starts.push(h0);
    areas.push(area2);
  }
  const cycleArea2 = Float64Array.from(areas);
  const cycleFace = new Int32Array(starts.length);
  let faces = 0;
  for (let c = 0; c < starts.length; c++) cycleFace[c] = cycleArea2[c] > 0 ? faces++ : OUTSIDE;
  const planar: Planar = {
    xs,
    ys,
    ea,
    eb,
    next,
    cycleOf,
    cycleStart: Int32Array.from(starts),
    cycleArea2,
    cycleFace,
    faces,
  };
  if (locate) locateHoles(planar);
  return planar;
}

/** Connected groups of edges (union-find over nodes), to tell a hole's own faces from others. */
function components(p: Planar): Int32Array {
  const parent = Int32Array.from({ length: p.xs.length }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (let e = 0; e < p.ea.length; e++) parent[find(p.ea[e])] = find(p.eb[e]);
  return parent.map((_, v) => find(v));
}

/** Whether (px, py) lies strictly inside the cycle `c` (even-odd; the point is never on it here). */
function inside(p: Planar, c: number, px: number, py: number): boolean {
  let odd = false;
  const h0 = p.cycleStart[c];
  let h = h0;
  do {
    const ax = p.xs[tail(p, h)];
    const ay = p.ys[tail(p, h)];
    const bx = p.xs[head(p, h)];
    const by = p.ys[head(p, h)];
    if (ay > py !== by > py) {
      // Crossing of the horizontal through py, compared exactly: px < ax + (py - ay)(bx - ax)/(by - ay).
      const lhs = (px - ax) * (by - ay);
      const rhs = (py - ay) * (bx - ax);
      if (by > ay ? lhs < rhs : lhs > rhs) odd = !odd;
    }
    h = p.next[h];
  } while (h !== h0);
  return odd;
}

/**
 * Gives each negative cycle the face it lies in: the smallest positive cycle of another connected
 * group that contains its lowest-leftmost node. Cycles of one group cannot contain each other's
 * nodes strictly, and groups do not touch, so the test point is never on a candidate's boundary.
 */
function locateHoles(p: Planar): void {
  const holes: number[] = [];
  for (let c = 0; c < p.cycleFace.length; c++) if (p.cycleArea2[c] < 0) holes.push(c);
  if (!holes.length) return;
  const group = components(p);
  const boxes: { c: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  for (let c = 0; c < p.cycleFace.length; c++) {
    if (p.cycleArea2[c] <= 0) continue;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    forCycle(p, c, (h) => {
      const v = tail(p, h);
      x0 = Math.min(x0, p.xs[v]);
      y0 = Math.min(y0, p.ys[v]);
      x1 = Math.max(x1, p.xs[v]);
      y1 = Math.max(y1, p.ys[v]);
    });
    boxes.push({ c, x0, y0, x1, y1 });
  }
  for (const hole of holes) {
    let v = tail(p, p.cycleStart[hole]);
    forCycle(p, hole, (h) => {
      const w = tail(p, h);
      if (p.xs[w] < p.xs[v] || (p.xs[w] === p.xs[v] && p.ys[w] < p.ys[v])) v = w;
    });
    const px = p.xs[v];
    const py = p.ys[v];
    let best = OUTSIDE;
    let bestArea = Infinity;
    for (const b of boxes) {
      if (px <= b.x0 || px >= b.x1 || py <= b.y0 || py >= b.y1) continue;
      if (p.cycleArea2[b.c] >= bestArea) continue;
      if (group[tail(p, p.cycleStart[b.c])] === group[v]) continue;
      if (inside(p, b.c, px, py)) {
        best = p.cycleFace[b.c];
        bestArea = p.cycleArea2[b.c];
      }
    }
    p.cycleFace[hole] = best;
  }
}

/** Calls `visit` with each half-edge of cycle `c`, in order. */
export function forCycle(p: Planar, c: number, visit: (h: number) => void): void {
  const h0 = p.cycleStart[c];
  let h = h0;
  do {
    visit(h);
    h = p.next[h];
  } while (h !== h0);
}

/**
 * The subdivision left when only the edges `keep` marks stay. Its cycles are traced anew; holes are
 * located only when `locate` (a caller that knows each half-edge's face from `p` need not).
 */
export function keepEdges(
  p: Planar,
  keep: Uint8Array,
  locate = true,
): { planar: Planar; edgeOf: Int32Array } {
  const edgeOf: number[] = [];
  for (let e = 0; e < keep.length; e++) if (keep[e]) edgeOf.push(e);
  const ea = Int32Array.from(edgeOf, (e) => p.ea[e]);
  const eb = Int32Array.from(edgeOf, (e) => p.eb[e]);
  return { planar: buildPlanar(p.xs, p.ys, ea, eb, locate), edgeOf: Int32Array.from(edgeOf) };
}
