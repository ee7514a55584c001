/**
 * What the map switches on to show a date from a window's faces and arcs (data/faces.ts), and what
 * changes between two dates: only those features get new feature state.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  dateIndex,
  inSpans,
  lineArcs,
  type FaceHistory,
  type FaceWindow,
  type Keyed,
} from '../data/faces.ts';
import type { PieceProps } from '../data/types.ts';

/**
 * A date's own pieces, keyed by their unit: the `control` source keys feature state by `k`, so the
 * scenario's state, set per unit, reaches every piece of the unit.
 */
export function unitKeyed(
  pieces: FeatureCollection<Polygon | MultiPolygon, PieceProps>,
): FeatureCollection<Polygon | MultiPolygon, PieceProps & Keyed> {
  return {
    ...pieces,
    features: pieces.features.map((f) => ({ ...f, properties: { ...f.properties, k: f.properties.u } })),
  };
}

/** What of a window is on for one date: faces by their place in the window, arcs by index. */
export interface HistoryOn {
  date: string;
  window: FaceWindow;
  faces: Uint8Array;
  arcs: Set<number>;
}

/** The window's faces and line arcs on `date`. */
export function historyOn(h: FaceHistory, window: FaceWindow, date: string): HistoryOn {
  const i = dateIndex(h, date);
  const faces = new Uint8Array(window.faces.features.length);
  window.faces.features.forEach((f, n) => (faces[n] = inSpans(f.properties.on, i) ? 1 : 0));
  return { date, window, faces, arcs: lineArcs(h.topology, date) };
}

/**
 * What needs new feature state to go from `a` to `b`: faces (by place in the window) and arcs (by
 * index). Every one of `b`'s window when `a` is of another window or null, since a window seen before
 * still carries its old state.
 */
export function historyChanges(a: HistoryOn | null, b: HistoryOn): { faces: number[]; arcs: number[] } {
  if (!a || a.window !== b.window) return { faces: [...b.faces.keys()], arcs: b.window.arcIds };
  const faces: number[] = [];
  b.faces.forEach((on, n) => {
    if (a.faces[n] !== on) faces.push(n);
  });
  const arcs = [...b.arcs].filter((n) => !a.arcs.has(n));
  for (const n of a.arcs) if (!b.arcs.has(n)) arcs.push(n);
  return { faces, arcs };
}
