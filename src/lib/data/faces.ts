/**
 * The history drawn a window of dates at a time: the faces of the window's overlaid control pieces
 * (control-faces.topo.json, see data/steps/faces.ts) and the arcs of its lines of control. A date in
 * the window is then shown by saying which faces and arcs are on — feature state, a repaint — instead
 * of new geometry for MapLibre to re-tile.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { ControlTopology, FaceProps, FacesTopology } from './types.ts';
import { forEachArc } from './arcs.ts';

/** Feature-state key of a face (`f<index>`) or an arc (`a<index>`). */
export interface Keyed {
  k: string;
}

export const faceKey = (i: number) => `f${i}`;
export const arcKey = (i: number) => `a${i}`;

/** The faces and the history, indexed for decoding a window at a time. */
export interface FaceHistory {
  faces: FacesTopology;
  topology: ControlTopology;
  /** Date → index, the index the faces' spans count in. */
  index: Map<string, number>;
  /** The faces' indices, by window. */
  byWindow: number[][];
}

/** One window, decoded: its faces and every arc of its lines of control. */
export interface FaceWindow {
  w: number;
  faces: FeatureCollection<Polygon | MultiPolygon, FaceProps & Keyed>;
  /** Arc indices, aligned with `arcs.features`. */
  arcIds: number[];
  arcs: FeatureCollection<LineString, Keyed>;
}

export function faceHistory(faces: FacesTopology, topology: ControlTopology): FaceHistory {
  // ISO dates sort as text; the pipeline numbers them in this order.
  const index = new Map(
    Object.keys(topology.objects)
      .sort()
      .map((d, i) => [d, i]),
  );
  const byWindow: number[][] = [];
  faces.objects.faces.geometries.forEach((g, i) => (byWindow[(g.properties as FaceProps).w] ??= []).push(i));
  return { faces, topology, index, byWindow };
}

/** The index of `date`, which the history must hold. */
export function dateIndex(h: FaceHistory, date: string): number {
  const i = h.index.get(date);
  if (i === undefined) throw new Error(`the control history has no date ${date}`);
  return i;
}

export const windowOf = (h: FaceHistory, date: string) => Math.floor(dateIndex(h, date) / h.faces.windowDays);

/** Decodes window `w`: its faces, and the arcs on the line of control on any of its dates. */
export function decodeWindow(h: FaceHistory, w: number): FaceWindow {
  const ids = h.byWindow[w] ?? [];
  const geometries = ids.map((i) => h.faces.objects.faces.geometries[i]);
  const faces = feature(h.faces, { type: 'GeometryCollection', geometries }) as FaceWindow['faces'];
  faces.features.forEach((f, n) => (f.properties.k = faceKey(ids[n])));
  const dates = [...h.index.keys()].slice(w * h.faces.windowDays, (w + 1) * h.faces.windowDays);
  const arcIds = [...new Set(dates.flatMap((d) => [...lineArcs(h.topology, d)]))];
  return { w, faces, arcIds, arcs: arcLines(h.topology, arcIds) };
}

/** The arcs `ids` of a topology as lines keyed `a<index>`. */
function arcLines(topo: ControlTopology, ids: number[]): FaceWindow['arcs'] {
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  return {
    type: 'FeatureCollection',
    features: ids.map((i) => {
      let x = 0;
      let y = 0;
      const coordinates = topo.arcs[i].map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty];
      });
      return { type: 'Feature', properties: { k: arcKey(i) }, geometry: { type: 'LineString', coordinates } };
    }),
  };
}

/** Whether date index `i` falls in one of `spans` ([start, end, …), end exclusive, ascending). */
export function inSpans(spans: readonly number[], i: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] <= i && i < spans[k + 1]) return true;
  return false;
}

/**
 * The arcs of the line of control on `date`: those of Russian-held pieces that belong to one piece
 * only. The same rule as `decodeControl`'s mesh (an arc whose first and last piece are the same).
 */
export function lineArcs(history: ControlTopology, date: string): Set<number> {
  const object = history.objects[date];
  if (!object) throw new Error(`control.topo.json has no object for ${date}`);
  const { owner, shared } = marksFor(history);
  const used: number[] = [];
  object.geometries.forEach((g, gi) => {
    if ((g.properties as FaceProps | undefined)?.s !== 'ru') return;
    forEachArc(g, (arc) => {
      if (owner[arc] === 0) {
        owner[arc] = gi + 1;
        used.push(arc);
      } else if (owner[arc] !== gi + 1) shared[arc] = 1;
    });
  });
  const line = new Set(used.filter((arc) => !shared[arc]));
  for (const arc of used) owner[arc] = shared[arc] = 0;
  return line;
}

/**
 * lineArcs' marks over all arcs of a topology, kept between calls and cleared after each. It runs on
 * every date step and for each of a window's 90 dates: maps of the arcs used took about 1 ms a date,
 * and arrays allocated per call cost nearly as much. `owner` is 1 + the index of the first piece
 * using an arc.
 */
const marks = new WeakMap<ControlTopology, { owner: Int32Array; shared: Uint8Array }>();
function marksFor(history: ControlTopology): { owner: Int32Array; shared: Uint8Array } {
  let m = marks.get(history);
  if (!m) {
    m = { owner: new Int32Array(history.arcs.length), shared: new Uint8Array(history.arcs.length) };
    marks.set(history, m);
  }
  return m;
}
