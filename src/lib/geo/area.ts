/**
 * Area on the WGS84 ellipsoid, the standard official and DeepState figures use.
 * GeographicLib's PolygonArea is exact to the ellipsoid; @turf/area works on a sphere and reads
 * about 0.27 % low at these latitudes, which is why it is not used for the numbers we publish.
 */
import * as geographiclib from 'geographiclib-geodesic';
import type { Geometry, Position } from 'geojson';

// The package is CommonJS without named-export hints, so Node exposes it only as `default`.
const lib = (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;
const WGS84 = lib.Geodesic.WGS84;

/** The geodesic areas are measured with: WGS84's, or one that remembers edges (data/steps/geodesic-memo.ts). */
export type Geod = typeof WGS84;

/** Absolute geodesic area of one closed ring, m². The closing point may be repeated or not. */
export function ringAreaM2(ring: Position[], geod: Geod = WGS84): number {
  const poly = geod.Polygon(false);
  const n = ring.length;
  const last = n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? n - 1 : n;
  if (last < 3) return 0;
  for (let i = 0; i < last; i++) poly.AddPoint(ring[i][1], ring[i][0]);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

/** Geodesic area of a polygon (outer ring minus holes), m². */
export function polygonAreaM2(rings: Position[][], geod: Geod = WGS84): number {
  let area = 0;
  rings.forEach((ring, i) => {
    area += i === 0 ? ringAreaM2(ring, geod) : -ringAreaM2(ring, geod);
  });
  return area;
}

/** Geodesic area of any areal GeoJSON geometry, km²; lines and points have none. */
export function geometryAreaKm2(geometry: Geometry | null, geod: Geod = WGS84): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case 'Polygon':
      return polygonAreaM2(geometry.coordinates, geod) / 1e6;
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, p) => sum + polygonAreaM2(p, geod), 0) / 1e6;
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, g) => sum + geometryAreaKm2(g, geod), 0);
    default:
      return 0;
  }
}
