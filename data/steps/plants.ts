/**
 * Power plants placed once by the pipeline: the unit each stands in (who holds its land on every date
 * comes from the history, see history/points.ts `withHeld`), so the page needs no geometry to tell.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Point } from 'geojson';
import type { PlantProps } from '../../src/lib/data/types.ts';
import type { UnitFeature } from './units.ts';

/** Each plant with the unit it stands in, among the units the area table covers; others have none. */
export function locatePlants(
  plants: FeatureCollection<Point, PlantProps>,
  units: UnitFeature[],
): FeatureCollection<Point, PlantProps> {
  const covered = units.filter((u) => u.properties.region);
  return {
    ...plants,
    features: plants.features.map((f) => {
      const unit = covered.find((u) => booleanPointInPolygon(f.geometry, u))?.properties.id;
      return unit ? { ...f, properties: { ...f.properties, unit } } : f;
    }),
  };
}
