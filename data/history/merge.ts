/**
 * Dissolving a subdivision's faces: neighbours with the same key (the same history) become one face,
 * slivers join the neighbour they share most boundary with, and faces with no key are dropped. Only
 * the edges between different results stay. A sliver is a face smaller than a threshold, or thinner:
 * a strip of width w and length L has an area of about w·L and a boundary of about 2L, so one whose
 * area is under `minWidth`/2 times its boundary is narrower than `minWidth`. Both kinds are left where
 * two drawings of one line differ by a few metres, as when a new day meets the simplified lines of
 * the days before.
 */
import { keepEdges, leftFace, OUTSIDE, type Planar } from './planar.ts';

export interface Merged {
  /** The subdivision of the edges that stay. */
  planar: Planar;
  /** Per cycle of `planar`, the result face it bounds (outer ring or hole), or OUTSIDE. */
  cycleResult: Int32Array;
  /** Per result face, its key. */
  keys: string[];
}

/**
 * @param keys per face of `p`, its key, or null for a face that belongs to nothing
 * @param minArea the smallest area a face may keep on its own (grid units²)
 * @param minWidth the narrowest a face may be on its own (grid units)
 */
export function mergeFaces(p: Planar, keys: (string | null)[], minArea: number, minWidth = 0): Merged {
  const parent = Int32Array.from({ length: p.faces }, (_, i) => i);
  const find = (f: number): number => {
    while (parent[f] !== f) f = parent[f] = parent[parent[f]];
    return f;
  };
  const edges = p.ea.length;
  const sides = (e: number): [number, number] => [leftFace(p, 2 * e), leftFace(p, 2 * e + 1)];
  for (let e = 0; e < edges; e++) {
    const [f, g] = sides(e);
    if (f === OUTSIDE || g === OUTSIDE || keys[f] === null || keys[f] !== keys[g]) continue;
    parent[find(f)] = find(g);
  }

  const area = new Float64Array(p.faces);
  for (let c = 0; c < p.cycleFace.length; c++)
    if (p.cycleFace[c] !== OUTSIDE) area[find(p.cycleFace[c])] += p.cycleArea2[c] / 2;
  const lengthOf = (e: number) => Math.hypot(p.xs[p.eb[e]] - p.xs[p.ea[e]], p.ys[p.eb[e]] - p.ys[p.ea[e]]);
  const rootOf = (f: number) => (f === OUTSIDE ? OUTSIDE : find(f));
  const boundary = new Float64Array(p.faces);
  for (let e = 0; e < edges; e++) {
    const [a, b] = sides(e).map(rootOf);
    if (a === b) continue;
    if (a !== OUTSIDE) boundary[a] += lengthOf(e);
    if (b !== OUTSIDE) boundary[b] += lengthOf(e);
  }
  // Slivers, smallest first, join the neighbour with the longest shared boundary; a sliver with only
  // empty neighbours is dropped.
  const dropped = new Uint8Array(p.faces);
  const shared = new Map<number, Map<number, number>>();
  const isSliver = (r: number) =>
    keys[r] !== null && (area[r] < minArea || area[r] < (minWidth / 2) * boundary[r]);
  for (let e = 0; e < edges; e++) {
    const [a, b] = sides(e).map(rootOf);
    if (a === b) continue;
    const length = lengthOf(e);
    for (const [s, o] of [
      [a, b],
      [b, a],
    ]) {
      if (s === OUTSIDE || !isSliver(s)) continue;
      let m = shared.get(s);
      if (!m) shared.set(s, (m = new Map()));
      m.set(o, (m.get(o) ?? 0) + length);
    }
  }
  const slivers = [...shared.keys()].sort((a, b) => area[a] - area[b]);
  for (const s of slivers) {
    let best = OUTSIDE;
    let bestLength = -1;
    for (const [o, length] of shared.get(s)!) {
      if (o === OUTSIDE || keys[o] === null || length <= bestLength) continue;
      if (find(o) === find(s)) continue;
      best = o;
      bestLength = length;
    }
    if (best === OUTSIDE) dropped[s] = 1;
    else parent[find(s)] = find(best);
  }

  // Result faces: roots with a key that were not dropped.
  const resultOf = new Int32Array(p.faces).fill(OUTSIDE);
  const resultKeys: string[] = [];
  for (let f = 0; f < p.faces; f++) {
    const r = find(f);
    if (r !== f) continue;
    // A root stands for its whole class: its key is the class's, except a dropped sliver's.
    if (keys[r] === null || dropped[r]) continue;
    resultOf[r] = resultKeys.push(keys[r]!) - 1;
  }
  const result = (f: number) => (f === OUTSIDE ? OUTSIDE : resultOf[find(f)]);
  const keep = new Uint8Array(edges);
  for (let e = 0; e < edges; e++) {
    const [f, g] = sides(e);
    keep[e] = result(f) !== result(g) ? 1 : 0;
  }
  const { planar, edgeOf } = keepEdges(p, keep, false);
  const cycleResult = new Int32Array(planar.cycleStart.length);
  for (let c = 0; c < cycleResult.length; c++) {
    const h = planar.cycleStart[c];
    cycleResult[c] = result(leftFace(p, 2 * edgeOf[h >> 1] + (h & 1)));
  }
  return { planar, cycleResult, keys: resultKeys };
}
