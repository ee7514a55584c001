/**
 * Rings that pass twice through the same vertex ("pinched"). OGC calls such a ring invalid, but the
 * 2022 DeepState series has them (9 days in April–May 2022: a 0.16 km² loop near Vasylivka, wound
 * the other way inside the main ring, i.e. a hole drawn as part of the shell), and rejecting them would
 * stop every build. Such a ring is harmless when the area it encloses is unambiguous, so it is accepted
 * when every loop either winds like the whole ring and lies outside the rest (a lobe), or winds the
 * other way and lies inside the rest (a hole): then the signed area of the ring, which
 * src/lib/geo/area.ts takes, is the area of what it encloses, and martinez cuts it the same way.
 * A figure-eight whose loops wind opposite ways, or a loop inside the ring winding the same way,
 * would count land negatively or twice, so it is rejected like any other self-intersection.
 */
import { orient2d } from 'robust-predicates';
import type { FlatRings } from './validate-crossings.ts';

/** A problem with a pinched ring, at a vertex (an index into the flat arrays). */
export interface PinchProblem {
  vertex: number;
  problem: string;
}

/**
 * Checks one ring whose edges meet only at repeated vertices (findContacts found no other contact).
 * @param ring index of the ring in `flat`
 */
export function checkPinchedRing(flat: FlatRings, ring: number): PinchProblem | null {
  const { xs, ys } = flat;
  const s = flat.start[ring];
  const e = flat.start[ring + 1] - 1; // the closing vertex, equal to s
  // Each stretch between two visits of the same position is a loop; a position visited k times gives k − 1.
  const seen = new Map<string, number>();
  const loops: [number, number][] = [];
  for (let v = s; v < e; v++) {
    const key = `${xs[v]},${ys[v]}`;
    const previous = seen.get(key);
    if (previous !== undefined) loops.push([previous, v]);
    seen.set(key, v);
  }
  if (loops.length === 0) return null;
  const pinch = new Set(loops.flat());
  loops.sort((p, q) => p[0] - q[0]);
  // Loops must nest or follow each other; two that interleave would make the ring cross itself there.
  const open: [number, number][] = [];
  for (const [a, b] of loops) {
    while (open.length && open[open.length - 1][1] <= a) open.pop();
    if (open.length && open[open.length - 1][1] < b)
      return { vertex: a, problem: 'the ring crosses itself where it passes twice through one position' };
    open.push([a, b]);
  }
  // Each edge belongs to the innermost loop holding it (−1: to none, the ring's main loop).
  const owner = new Int32Array(e - s).fill(-1);
  [...loops.keys()]
    .sort((p, q) => loops[q][1] - loops[q][0] - (loops[p][1] - loops[p][0]))
    .forEach((k) => owner.fill(k, loops[k][0] - s, loops[k][1] - s));

  const total = Math.sign(signedArea(flat, s, e, owner, null));
  for (let k = -1; k < loops.length; k++) {
    const area = Math.sign(signedArea(flat, s, e, owner, k));
    const at = k < 0 ? s : loops[k][0];
    if (area === 0) return { vertex: at, problem: 'a loop of the ring encloses no area' };
    // Any vertex of the loop not on another loop tells where the loop lies against the rest.
    let v = -1;
    for (let u = s; u < e && v < 0; u++) if (owner[u - s] === k && !pinch.has(u)) v = u;
    if (v < 0)
      return { vertex: at, problem: 'every corner of a loop of the ring is a place it passes twice' };
    const wanted = area === total ? 0 : total;
    if (winding(flat, s, e, owner, k, xs[v], ys[v]) !== wanted)
      return {
        vertex: at,
        problem:
          wanted === 0
            ? 'the ring passes twice through this position and one of its loops covers another'
            : 'the ring passes twice through this position and one of its loops winds the other way outside the rest (a figure-eight)',
      };
  }
  return null;
}

/** Shoelace area of the edges owned by `loop` (all edges if null), about the ring's first vertex for precision. */
function signedArea(flat: FlatRings, s: number, e: number, owner: Int32Array, loop: number | null): number {
  const { xs, ys } = flat;
  let sum = 0;
  for (let v = s; v < e; v++) {
    if (loop !== null && owner[v - s] !== loop) continue;
    sum += (xs[v] - xs[s]) * (ys[v + 1] - ys[s]) - (xs[v + 1] - xs[s]) * (ys[v] - ys[s]);
  }
  return sum / 2;
}

/** Winding number about (x, y) of the ring's edges not owned by `loop` (which form closed loops themselves). */
function winding(
  flat: FlatRings,
  s: number,
  e: number,
  owner: Int32Array,
  loop: number,
  x: number,
  y: number,
): number {
  const { xs, ys } = flat;
  let w = 0;
  for (let v = s; v < e; v++) {
    if (owner[v - s] === loop) continue;
    const [ax, ay, bx, by] = [xs[v], ys[v], xs[v + 1], ys[v + 1]];
    // robust-predicates: negative when (x, y) is left of a→b.
    if (ay <= y) {
      if (by > y && orient2d(ax, ay, bx, by, x, y) < 0) w++;
    } else if (by <= y && orient2d(ax, ay, bx, by, x, y) > 0) w--;
  }
  return w;
}
