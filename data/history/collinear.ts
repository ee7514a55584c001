/**
 * An arc's points without those that lie exactly on the straight line between their neighbours: the
 * grid and the noding leave many such points, which draw nothing. Exact (an integer orientation
 * test), so faces that share the arc keep exactly the same boundary. Interior points of an arc meet
 * no other edge (arcs end wherever edges meet), so dropping one cannot open a gap.
 */
import type { Planar } from './planar.ts';

/** The arc through nodes `ids` as flat [x, y, …], its ends kept. */
export function dropCollinear(p: Pick<Planar, 'xs' | 'ys'>, ids: Int32Array): Int32Array {
  const out: number[] = [p.xs[ids[0]], p.ys[ids[0]]];
  for (let i = 1; i < ids.length; i++) {
    const x = p.xs[ids[i]];
    const y = p.ys[ids[i]];
    const n = out.length;
    if (n >= 4) {
      // The last kept point b lies on the way from a to this point c, going on, not turning back.
      const [ax, ay, bx, by] = [out[n - 4], out[n - 3], out[n - 2], out[n - 1]];
      const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      const onward = (bx - ax) * (x - bx) + (by - ay) * (y - by) > 0;
      if (cross === 0 && onward) out.length = n - 2;
    }
    out.push(x, y);
  }
  // A closed arc keeps at least four points, so that it stays a ring.
  if (ids[0] === ids[ids.length - 1] && out.length < 8)
    return Int32Array.from(Array.from(ids).flatMap((v) => [p.xs[v], p.ys[v]]));
  return Int32Array.from(out);
}
