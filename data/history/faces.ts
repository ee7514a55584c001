/**
 * The control history as faces: every polygon of every day overlaid once (overlay.ts), each face of
 * the overlay carrying, per unit and status ("group"), the spans of dates on which it is held; faces
 * with the same spans dissolved into one, slivers into their neighbours (merge.ts); boundaries as
 * shared arcs (arcs.ts) without the points that lie on a straight line between their neighbours. The
 * map shows any date by switching faces on and off; see src/lib/data/history-format.ts for how it is
 * stored.
 */
import { overlay, type Layer } from './overlay.ts';
import { mergeFaces } from './merge.ts';
import { arcsOf } from './arcs.ts';
import { OUTSIDE, type Planar } from './planar.ts';
import { dropCollinear } from './collinear.ts';
import { subtractSpans, unionSpans } from '../../src/lib/data/spans.ts';

/** A polygon of the history and the dates, per group, on which it is held. */
export interface HistoryLayer extends Layer {
  /** Per group (an index the caller assigns to a unit and status), spans [start, end, …) of date indices. */
  held: { g: number; spans: number[] }[];
  /** Per group, dates on which land inside is not held after all, whatever other layers say (an update's losses). */
  lost?: { g: number; spans: number[] }[];
}

export interface HistoryFace {
  /** Polygons, each an outer ring then its holes; a ring is a list of arc references (~i when reversed). */
  polygons: number[][][];
  /** Per group holding it at some time, the spans of date indices; sorted by group. */
  held: { g: number; spans: number[] }[];
}

/** Faces and arcs on the grid: arcs as flat absolute [x, y, x, y, …]. */
export interface HistoryGeometry {
  arcs: Int32Array[];
  faces: HistoryFace[];
}

export interface FaceOptions {
  /** Faces smaller than this (grid units²) join a neighbour. */
  minArea: number;
  /** Faces narrower than this (grid units) join a neighbour. */
  minWidth: number;
}

/** What a face of the overlay holds, from the layers it lies inside. */
function heldBy(layers: readonly HistoryLayer[], inside: readonly number[]): HistoryFace['held'] {
  const held = new Map<number, number[][]>();
  const lost = new Map<number, number[][]>();
  const add = (to: Map<number, number[][]>, g: number, spans: number[]) => {
    const lists = to.get(g);
    if (lists) lists.push(spans);
    else to.set(g, [spans]);
  };
  for (const l of inside) {
    for (const { g, spans } of layers[l].held) add(held, g, spans);
    for (const { g, spans } of layers[l].lost ?? []) add(lost, g, spans);
  }
  return [...held.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([g, lists]) => ({ g, spans: subtractSpans(unionSpans(lists), unionSpans(lost.get(g) ?? [])) }))
    .filter((h) => h.spans.length > 0);
}

const keyOf = (held: HistoryFace['held']) => held.map((h) => `${h.g}:${h.spans.join(',')}`).join(';');
const parseKey = (key: string): HistoryFace['held'] =>
  key.split(';').map((part) => {
    const [g, spans] = part.split(':');
    return { g: Number(g), spans: spans.split(',').map(Number) };
  });

/** Overlays the layers into history faces. */
export function historyFaces(layers: readonly HistoryLayer[], opts: FaceOptions): HistoryGeometry {
  const { planar, inside } = overlay(layers);
  const keys = inside.map((ins) => {
    const held = heldBy(layers, ins);
    return held.length ? keyOf(held) : null;
  });
  const merged = mergeFaces(planar, keys, opts.minArea, opts.minWidth);
  const { nodes, cycles } = arcsOf(merged.planar);
  const arcs = nodes.map((ids) => dropCollinear(merged.planar, ids));
  const faces: HistoryFace[] = merged.keys.map((key) => ({ polygons: [], held: parseKey(key) }));
  const holes: { face: number; cycle: number }[] = [];
  cycles.forEach((refs, c) => {
    const face = merged.cycleResult[c];
    if (face === OUTSIDE) return;
    if (merged.planar.cycleArea2[c] > 0) faces[face].polygons.push([refs]);
    else holes.push({ face, cycle: c });
  });
  for (const { face, cycle } of holes) {
    const polygons = faces[face].polygons;
    const owner =
      polygons.length === 1
        ? polygons[0]
        : polygons.find((p) => ringContains(merged.planar, arcs, p[0], cycle));
    (owner ?? polygons[0])?.push(cycles[cycle]);
  }
  return { arcs, faces: faces.filter((f) => f.polygons.length > 0) };
}

/**
 * Whether the outer ring `refs` contains the hole `cycle` (by the hole's first node): only for the
 * rare face of several polygons, where each hole must find its own.
 */
function ringContains(p: Planar, arcs: Int32Array[], refs: number[], cycle: number): boolean {
  const h = p.cycleStart[cycle];
  const v = h & 1 ? p.eb[h >> 1] : p.ea[h >> 1];
  const px = p.xs[v];
  const py = p.ys[v];
  let odd = false;
  for (const r of refs) {
    const a = arcs[r < 0 ? ~r : r];
    for (let k = 0; k + 3 < a.length; k += 2) {
      const [ax, ay, bx, by] = [a[k], a[k + 1], a[k + 2], a[k + 3]];
      if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) odd = !odd;
    }
  }
  return odd;
}
