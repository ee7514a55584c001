/**
 * Where to write each focus region's name: the centre of mass of its largest polygon when that lies
 * inside it, else a point guaranteed to be on it (for concave shapes such as Kherson's coast).
 * Computed in the pipeline, so Turf's centre-of-mass and hull code stays out of the page.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { polygon } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Ranking a unit's polygons by size needs no ellipsoid: Turf's spherical area will do, and keeps
 * GeographicLib (9 KB gzipped) out of the page, which otherwise never needs it.
 */
function largestPolygon(g: Polygon | MultiPolygon): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const p of g.coordinates) {
    const a = area(polygon(p));
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

/** Where to write a unit's name, rounded to 4 decimals (about 10 m): run by the pipeline, once. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const main = polygon(largestPolygon(geometry));
  const c = centerOfMass(main);
  const [lon, lat] = (booleanPointInPolygon(c, main) ? c : pointOnFeature(main)).geometry.coordinates;
  return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}
