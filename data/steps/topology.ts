/**
 * Packs geometries into TopoJSON. Every date of the control history goes into ONE topology so that
 * consecutive days, which differ only where the front moved, share almost all their arcs.
 */
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
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

/** A FeatureCollection from features (helper for building topology inputs). */
export function collection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
