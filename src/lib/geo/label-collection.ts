/**
 * The label points the pipeline stored on the units (`label`, see label-points.ts), as a collection
 * for the map's region-name layer. No geometry work here, so none ships to the page.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { UnitProps } from '../data/types.ts';

/** Properties of a label point: the unit's id and both names. */
export interface LabelProps {
  id: string;
  name_en: string;
  name_uk: string;
}

/** Label points of the units named in `ids` that have one. */
export function labelCollection(
  units: readonly UnitProps[],
  ids: ReadonlySet<string>,
): FeatureCollection<Point, LabelProps> {
  return {
    type: 'FeatureCollection',
    features: units
      .filter((u) => ids.has(u.id) && u.label)
      .map(({ id, name_en, name_uk, label }) => ({
        type: 'Feature',
        properties: { id, name_en, name_uk },
        geometry: { type: 'Point', coordinates: label! },
      })),
  };
}
