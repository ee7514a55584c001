/**
 * A subdivision's edges joined into arcs, TopoJSON's unit of sharing: chains of edges through nodes
 * where only two edges meet, so that each stretch of boundary between two faces is stored once and
 * both faces refer to it, one of them backwards (`~index`).
 */
import { head, tail, type Planar } from './planar.ts';

export interface Arcs {
  /** Per arc, its node ids in order (a closed arc repeats its first node at the end). */
  nodes: Int32Array[];
  /** Per cycle of the subdivision, its arcs in order: an index, or ~index when run backwards. */
  cycles: number[][];
}

export function arcsOf(p: Planar): Arcs {
  const halves = p.next.length;
  const degree = new Int32Array(p.xs.length);
  for (let e = 0; e < p.ea.length; e++) {
    degree[p.ea[e]]++;
    degree[p.eb[e]]++;
  }
  const UNSET = 0x7fffffff;
  const arcOf = new Int32Array(halves).fill(UNSET);
  const nodes: Int32Array[] = [];
  // Around a node of degree 2, the next half-edge of a face is the other edge: the chain goes on.
  const walk = (h0: number, closed: boolean) => {
    const a = nodes.length;
    const chain = [tail(p, h0)];
    let h = h0;
    do {
      arcOf[h] = a;
      arcOf[h ^ 1] = ~a;
      chain.push(head(p, h));
      h = p.next[h];
    } while (closed ? h !== h0 : degree[tail(p, h)] === 2);
    nodes.push(Int32Array.from(chain));
  };
  for (let h = 0; h < halves; h++) if (arcOf[h] === UNSET && degree[tail(p, h)] !== 2) walk(h, false);
  for (let h = 0; h < halves; h++) if (arcOf[h] === UNSET) walk(h, true);

  const cycles = Array.from(p.cycleStart, (h0) => {
    // Start where an arc starts: at a node of another degree, or anywhere on a closed arc.
    let start = h0;
    let h = h0;
    do {
      if (degree[tail(p, h)] !== 2) {
        start = h;
        break;
      }
      h = p.next[h];
    } while (h !== h0);
    const refs: number[] = [];
    h = start;
    do {
      if (degree[tail(p, h)] !== 2 || h === start) refs.push(arcOf[h]);
      h = p.next[h];
    } while (h !== start);
    return refs;
  });
  return { nodes, cycles };
}
