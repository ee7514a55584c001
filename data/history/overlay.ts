/**
 * The overlay of many polygons ("layers") on one integer grid: their boundaries noded together
 * (snap-round.ts), the faces of the resulting subdivision (planar.ts), and for every face the layers
 * it lies inside. A layer's inside is found from its own boundary: the faces on the left of its rings
 * (outer rings counter-clockwise, holes clockwise), and every face reached from them without crossing
 * that boundary. So the cost of a layer is the faces inside it, not the whole subdivision.
 */
import { snapRound } from './snap-round.ts';
import { buildPlanar, leftFace, OUTSIDE, type Planar } from './planar.ts';

/** A polygon (or several) on the grid: rings as flat [x, y, x, y, …] without the closing point. */
export interface Layer {
  rings: Int32Array[];
}

export interface Overlay {
  planar: Planar;
  /** Per face, the indices of the layers it lies inside, ascending. */
  inside: number[][];
}

/** Interns points and unordered point pairs as small integer ids. */
class Segments {
  readonly pointIds = new Map<number, number>();
  readonly px: number[] = [];
  readonly py: number[] = [];
  readonly pairIds = new Map<number, number>();
  readonly flat: number[] = [];

  point(x: number, y: number): number {
    const k = x * 67_108_864 + y;
    let id = this.pointIds.get(k);
    if (id === undefined) {
      id = this.px.length;
      this.pointIds.set(k, id);
      this.px.push(x);
      this.py.push(y);
    }
    return id;
  }

  /** The segment a→b as a signed id: +(s + 1) when stored a→b, −(s + 1) when stored b→a. */
  segment(a: number, b: number): number {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const k = lo * 1_073_741_824 + hi;
    let s = this.pairIds.get(k);
    if (s === undefined) {
      s = this.pairIds.size;
      this.pairIds.set(k, s);
      this.flat.push(this.px[lo], this.py[lo], this.px[hi], this.py[hi]);
    }
    return a === lo ? s + 1 : -(s + 1);
  }
}

/** Overlays the layers; see the module comment. */
export function overlay(layers: readonly Layer[]): Overlay {
  const segs = new Segments();
  // Every layer's rings as signed segment ids.
  const ringSegs: Int32Array[][] = layers.map((layer) =>
    layer.rings.map((ring) => {
      const n = ring.length / 2;
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n;
        const a = segs.point(ring[2 * i], ring[2 * i + 1]);
        const b = segs.point(ring[2 * j], ring[2 * j + 1]);
        if (a !== b) ids.push(segs.segment(a, b));
      }
      return Int32Array.from(ids);
    }),
  );
  const noded = snapRound(Int32Array.from(segs.flat));

  // Edges of the noded chains, each once; every segment becomes a run of signed edge ids.
  const edgeIds = new Map<number, number>();
  const ea: number[] = [];
  const eb: number[] = [];
  const runStart = new Int32Array(noded.chains.length + 1);
  const runs: number[] = [];
  noded.chains.forEach((chain, s) => {
    for (let k = 0; k + 1 < chain.length; k++) {
      const a = chain[k];
      const b = chain[k + 1];
      if (a === b) continue;
      const key = Math.min(a, b) * 1_073_741_824 + Math.max(a, b);
      let e = edgeIds.get(key);
      if (e === undefined) {
        e = ea.length;
        edgeIds.set(key, e);
        ea.push(Math.min(a, b));
        eb.push(Math.max(a, b));
      }
      runs.push(a < b ? e + 1 : -(e + 1));
    }
    runStart[s + 1] = runs.length;
  });
  const planar = buildPlanar(noded.xs, noded.ys, Int32Array.from(ea), Int32Array.from(eb));

  // Half-edges of each face (outer and hole cycles alike), for walking from face to face.
  const faceOf = new Int32Array(planar.next.length);
  const count = new Int32Array(planar.faces + 1);
  for (let h = 0; h < faceOf.length; h++) {
    faceOf[h] = leftFace(planar, h);
    if (faceOf[h] !== OUTSIDE) count[faceOf[h] + 1]++;
  }
  for (let f = 0; f < planar.faces; f++) count[f + 1] += count[f];
  const faceHalves = new Int32Array(count[planar.faces]);
  const fill = count.slice(0, planar.faces);
  for (let h = 0; h < faceOf.length; h++) if (faceOf[h] !== OUTSIDE) faceHalves[fill[faceOf[h]]++] = h;

  const inside: number[][] = Array.from({ length: planar.faces }, () => []);
  const net = new Int32Array(ea.length);
  const stamp = new Int32Array(ea.length).fill(-1);
  const reached = new Int32Array(planar.faces).fill(-1);
  const touched: number[] = [];
  const queue: number[] = [];
  layers.forEach((_, l) => {
    touched.length = 0;
    for (const ring of ringSegs[l])
      for (const signed of ring) {
        const s = Math.abs(signed) - 1;
        for (let k = runStart[s]; k < runStart[s + 1]; k++) {
          // An edge's direction along the ring: the run's, reversed when the segment is.
          const r = signed > 0 ? runs[k] : -runs[k];
          const e = Math.abs(r) - 1;
          if (stamp[e] !== l) {
            stamp[e] = l;
            net[e] = 0;
            touched.push(e);
          }
          net[e] += r > 0 ? 1 : -1;
        }
      }
    // Where rings run both ways along an edge (a sliver the grid closed), it is no boundary.
    queue.length = 0;
    for (const e of touched) {
      if (net[e] === 0) continue;
      const f = faceOf[net[e] > 0 ? 2 * e : 2 * e + 1];
      if (f !== OUTSIDE && reached[f] !== l) {
        reached[f] = l;
        queue.push(f);
      }
    }
    while (queue.length) {
      const f = queue.pop()!;
      inside[f].push(l);
      for (let k = count[f]; k < count[f + 1]; k++) {
        const h = faceHalves[k];
        const e = h >> 1;
        if (stamp[e] === l && net[e] !== 0) continue;
        const g = faceOf[h ^ 1];
        if (g !== OUTSIDE && reached[g] !== l) {
          reached[g] = l;
          queue.push(g);
        }
      }
    }
  });
  return { planar, inside };
}
