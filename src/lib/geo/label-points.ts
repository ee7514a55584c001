/**
 * Where to write each focus region's name: the centre of mass of its largest polygon when that lies
 * inside it, else a point guaranteed to be on it (for concave shapes such as Kherson's coast).
 */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Properties of a label point: the unit's id and both names. */
export interface LabelProps {
  id: string;
  name_en: string;
  name_uk: string;
}

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

/** One label point per feature, in the same order. */
export function labelPoints<P extends LabelProps>(
  features: Feature<Polygon | MultiPolygon, P>[],
): FeatureCollection<Point, LabelProps> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const main = polygon(largestPolygon(f.geometry));
      const c = centerOfMass(main);
      const point = booleanPointInPolygon(c, main) ? c : pointOnFeature(main);
      const { id, name_en, name_uk } = f.properties;
      return { type: 'Feature', properties: { id, name_en, name_uk }, geometry: point.geometry };
    }),
  };
}
