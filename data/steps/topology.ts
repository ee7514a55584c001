/**
 * Packs geometries into TopoJSON. Every date of the control history goes into ONE topology so that
 * consecutive days, which differ only where the front moved, share almost all their arcs.
 */
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Arc, GeometryObject as TopoGeometry, Topology } from 'topojson-specification';
import * as geographiclib from 'geographiclib-geodesic';

const lib = (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;

/** Quantisation grid: 10⁵ steps across the extent keeps every position within a few metres. */
export const QUANTIZATION = 1e5;

/** Builds a quantised topology from named feature collections. */
export function toTopology(objects: Record<string, FeatureCollection>, q = QUANTIZATION): Topology {
  return topology(objects as Record<string, FeatureCollection<Geometry>>, q) as Topology;
}

/**
 * Worst-case distance in metres between a position and its quantised value: half a grid cell's
 * diagonal, measured where a degree of longitude is longest (the extent's edge nearest the equator).
 */
export function maxQuantizationErrorMetres(topo: Topology): number {
  const t = topo.transform;
  if (!t) return 0;
  const [kx, ky] = t.scale;
  const [, y0] = t.translate;
  const lat = Math.abs(y0) < 90 ? y0 : 0;
  const r = lib.Geodesic.WGS84.Inverse(lat, 0, lat + ky / 2, kx / 2);
  return r.s12 ?? 0;
}

/** Arc references as geometries nest them: an index (~index when reversed) or arrays of them. */
type ArcRefs = number | ArcRefs[];

/**
 * A topology holding only the named objects and the arcs they use, renumbered. Transform and arcs are
 * copied as they are, so every position decodes exactly as it does from the whole topology.
 */
export function subsetTopology(topo: Topology, names: string[]): Topology {
  const renumbered = new Map<number, number>();
  const arcs: Arc[] = [];
  const arc = (ref: number): number => {
    const i = ref < 0 ? ~ref : ref;
    let j = renumbered.get(i);
    if (j === undefined) {
      j = arcs.push(topo.arcs[i]) - 1;
      renumbered.set(i, j);
    }
    return ref < 0 ? ~j : j;
  };
  const refs = (r: ArcRefs): ArcRefs => (typeof r === 'number' ? arc(r) : r.map(refs));
  const geometry = (g: TopoGeometry<GeoJsonProperties>): TopoGeometry<GeoJsonProperties> => {
    if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(geometry) };
    return 'arcs' in g ? ({ ...g, arcs: refs(g.arcs as ArcRefs) } as typeof g) : g;
  };
  const objects = Object.fromEntries(names.map((n) => [n, geometry(topo.objects[n])]));
  return { ...topo, arcs, objects };
}

/** A FeatureCollection from features (helper for building topology inputs). */
export function collection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
