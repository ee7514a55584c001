/**
 * Power plants placed once by the pipeline: the unit each stands in, and who holds its land on every
 * date (from the history's faces), so the page needs no geometry to tell either.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Point } from 'geojson';
import type { PlantProps } from '../../src/lib/data/types.ts';
import type { HistoryData } from '../../src/lib/data/history-format.ts';
import { heldAt } from '../history/points.ts';
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

/** Each plant with who holds its land when (see history/points.ts). */
export function withHolders(
  plants: FeatureCollection<Point, PlantProps>,
  history: HistoryData,
): FeatureCollection<Point, PlantProps> {
  const held = heldAt(
    history,
    plants.features.map((f) => f.geometry.coordinates),
  );
  return {
    ...plants,
    features: plants.features.map((f, i) => ({ ...f, properties: { ...f.properties, held: held[i] } })),
  };
}
