/**
 * Douglas–Peucker on one arc, endpoints fixed, so faces that share the arc stay joined. The history
 * is drawn, never measured (every figure comes from areas.json), and a tolerance under a grid cell
 * is far below a pixel at the map's closest zoom; it removes the many nearly collinear points that
 * DeepStateMap's drawing and the grid leave.
 */
import type { Planar } from './planar.ts';

/** The arc through nodes `ids` as flat [x, y, …], simplified within `tolerance` grid units. */
export function simplifyArc(p: Pick<Planar, 'xs' | 'ys'>, ids: Int32Array, tolerance: number): Int32Array {
  const n = ids.length;
  const x = (i: number) => p.xs[ids[i]];
  const y = (i: number) => p.ys[ids[i]];
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const t2 = tolerance * tolerance;
  const closed = ids[0] === ids[n - 1];
  // A closed arc keeps the point farthest from its start too, so it stays a ring.
  const stack: [number, number][] = [];
  if (closed && n > 3) {
    let far = 1;
    let best = -1;
    for (let i = 1; i < n - 1; i++) {
      const d = (x(i) - x(0)) ** 2 + (y(i) - y(0)) ** 2;
      if (d > best) [best, far] = [d, i];
    }
    keep[far] = 1;
    stack.push([0, far], [far, n - 1]);
  } else stack.push([0, n - 1]);
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const dx = x(b) - x(a);
    const dy = y(b) - y(a);
    const len2 = dx * dx + dy * dy;
    let far = -1;
    let best = t2;
    for (let i = a + 1; i < b; i++) {
      const ex = x(i) - x(a);
      const ey = y(i) - y(a);
      const cross = ex * dy - ey * dx;
      const d = len2 === 0 ? ex * ex + ey * ey : (cross * cross) / len2;
      if (d > best) [best, far] = [d, i];
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([a, far], [far, b]);
  }
  // A closed arc of three kept points would be a line: keep one more where there is one.
  if (closed && n > 4 && keep.reduce((s, k) => s + k, 0) < 4) {
    const mid = keep.indexOf(0, 1);
    if (mid > 0) keep[mid] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(x(i), y(i));
  return Int32Array.from(out);
}
