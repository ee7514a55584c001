/**
 * The control history as the page uses it (decoded from history.bin or history-latest.bin, see
 * history-format.ts): its faces as map features, each with the spans of dates on which it is held
 * and by whom, and the arcs that are ever on the line of control with theirs. A date is shown by
 * saying which features are on; any date's pieces and line are assembled from the faces on demand
 * (static map, exports).
 */
import { merge } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { HistoryData } from './history-format.ts';
import type { PieceProps, Status } from './types.ts';
import { inSpans, unionSpans, xorSpans } from './spans.ts';

/** A feature's status on a date: 0 not held, else 1 + its index in STATUS_ORDER. */
export const STATUS_ORDER: readonly Status[] = ['ru', 'ua', 'contested'];
export type StatusCode = 0 | 1 | 2 | 3;

/** A face of one unit: `k` is its feature id (`idBase` + its index), for feature state. */
export interface FaceProps {
  k: number;
  u: string;
}

/**
 * Feature ids of the latest date's history (history-latest.bin) start here, past any id of the whole
 * history (some 30,000 faces and lines): see ControlHistory's idBase.
 */
export const LATEST_ID_BASE = 1 << 24;

export class ControlHistory {
  /** Number of dates the spans count in (the manifest's). */
  readonly dates: number;
  readonly faces: FeatureCollection<Polygon | MultiPolygon, FaceProps>;
  /** Per face feature, its spans per status. */
  readonly held: Partial<Record<Status, number[]>>[];
  /** Arcs ever on the line of control, as features keyed by their index here. */
  readonly lines: FeatureCollection<LineString, { k: number }>;
  /** Per line feature, the spans on which it is on the line. */
  readonly lineSpans: number[][];
  /** The faces as a topology (absolute lon/lat arcs), for merging a date's faces into pieces. */
  private readonly topology: Topology<{ faces: GeometryCollection<FaceProps> }>;
  private readonly geometries: (TopoPolygon<FaceProps> | TopoMultiPolygon<FaceProps>)[];

  /**
   * @param idBase added to every face's and line's index to make its feature id: the latest date's
   *   history and the whole one take ids apart, so that while MapLibre swaps one for the other the
   *   state set for the new one never lands on the old one's features still on screen
   */
  constructor(
    data: HistoryData,
    readonly idBase = 0,
  ) {
    this.dates = data.dates;
    const { x0, y0, kx, ky } = data.grid;
    const arcs: Position[][] = data.arcs.map((a) => {
      const out: Position[] = new Array(a.length / 2);
      for (let k = 0; k < a.length; k += 2) out[k / 2] = [x0 + a[k] * kx, y0 + a[k + 1] * ky];
      return out;
    });
    const geometries: (TopoPolygon<FaceProps> | TopoMultiPolygon<FaceProps>)[] = [];
    this.held = [];
    // The line of control runs where Russian-held land on one side of an arc meets land that is not:
    // each arc has one face on each side (or none, outside), so the sides' spans decide it.
    const NONE = -1;
    const leftOf = new Int32Array(arcs.length).fill(NONE);
    const rightOf = new Int32Array(arcs.length).fill(NONE);
    const ruOf: number[][] = [];
    data.faces.forEach((face, f) => {
      const byUnit = new Map<string, Partial<Record<Status, number[]>>>();
      const ru: number[][] = [];
      for (const { g, spans } of face.held) {
        const { u, s } = data.groups[g];
        let entry = byUnit.get(u);
        if (!entry) byUnit.set(u, (entry = {}));
        entry[s] = entry[s] ? unionSpans([entry[s]!, spans]) : spans;
        if (s === 'ru') ru.push(spans);
      }
      ruOf.push(unionSpans(ru));
      for (const rings of face.polygons)
        for (const ring of rings)
          for (const ref of ring) (ref < 0 ? rightOf : leftOf)[ref < 0 ? ~ref : ref] = f;
      for (const [u, held] of byUnit) {
        const k = idBase + geometries.length;
        geometries.push(
          face.polygons.length === 1
            ? { type: 'Polygon', arcs: face.polygons[0], properties: { k, u } }
            : { type: 'MultiPolygon', arcs: face.polygons, properties: { k, u } },
        );
        this.held.push(held);
      }
    });
    this.geometries = geometries;
    this.topology = {
      type: 'Topology',
      arcs,
      objects: { faces: { type: 'GeometryCollection', geometries } },
    };
    this.faces = {
      type: 'FeatureCollection',
      features: geometries.map((g) => ({
        type: 'Feature',
        properties: g.properties!,
        geometry:
          g.type === 'Polygon'
            ? { type: 'Polygon', coordinates: g.arcs.map((r) => ringOf(arcs, r)) }
            : {
                type: 'MultiPolygon',
                coordinates: (g.arcs as number[][][]).map((p) => p.map((r) => ringOf(arcs, r))),
              },
      })) as Feature<Polygon | MultiPolygon, FaceProps>[],
    };
    const lineFeatures: Feature<LineString, { k: number }>[] = [];
    this.lineSpans = [];
    const ruAt = (f: number) => (f === NONE ? [] : ruOf[f]);
    arcs.forEach((coordinates, a) => {
      const spans = xorSpans(ruAt(leftOf[a]), ruAt(rightOf[a]));
      if (!spans.length) return;
      const k = idBase + lineFeatures.length;
      lineFeatures.push({
        type: 'Feature',
        properties: { k },
        geometry: { type: 'LineString', coordinates },
      });
      this.lineSpans.push(spans);
    });
    this.lines = { type: 'FeatureCollection', features: lineFeatures };
  }

  /** The status code of face feature `f` on date index `i`. */
  status(f: number, i: number): StatusCode {
    const held = this.held[f];
    for (let s = 0; s < STATUS_ORDER.length; s++)
      if (inSpans(held[STATUS_ORDER[s]], i)) return (s + 1) as StatusCode;
    return 0;
  }

  /** Every face feature's status code on date index `i`. */
  statuses(i: number): Uint8Array {
    const out = new Uint8Array(this.held.length);
    for (let f = 0; f < out.length; f++) out[f] = this.status(f, i);
    return out;
  }

  /** Whether each line feature is on the line of control on date index `i` (1) or not (0). */
  linesOn(i: number): Uint8Array {
    return Uint8Array.from(this.lineSpans, (spans) => (inSpans(spans, i) ? 1 : 0));
  }

  /** The pieces of date index `i`: per unit and status, its faces merged into one MultiPolygon. */
  pieces(i: number): FeatureCollection<MultiPolygon, PieceProps> {
    const groups = new Map<string, (TopoPolygon<FaceProps> | TopoMultiPolygon<FaceProps>)[]>();
    const all = this.geometries;
    for (let f = 0; f < all.length; f++) {
      const code = this.status(f, i);
      if (!code) continue;
      const key = `${all[f].properties!.u}|${STATUS_ORDER[code - 1]}`;
      const list = groups.get(key);
      if (list) list.push(all[f]);
      else groups.set(key, [all[f]]);
    }
    return {
      type: 'FeatureCollection',
      features: [...groups].map(([key, geometries]) => {
        const [u, s] = key.split('|') as [string, Status];
        return {
          type: 'Feature',
          properties: { u, s },
          geometry: merge(this.topology, geometries),
        };
      }),
    };
  }

  /** The line of control on date index `i`. */
  line(i: number): Feature<MultiLineString> {
    const coordinates: Position[][] = [];
    this.lines.features.forEach((f, k) => {
      if (inSpans(this.lineSpans[k], i)) coordinates.push(f.geometry.coordinates);
    });
    return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } };
  }
}

/** A ring of arc references as closed coordinates. */
function ringOf(arcs: Position[][], refs: number[]): Position[] {
  const out: Position[] = [];
  for (const ref of refs) {
    const a = arcs[ref < 0 ? ~ref : ref];
    const n = a.length;
    for (let k = out.length ? 1 : 0; k < n; k++) out.push(ref < 0 ? a[n - 1 - k] : a[k]);
  }
  return out;
}
