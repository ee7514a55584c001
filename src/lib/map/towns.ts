/**
 * The towns and villages the map labels as the reader zooms in (GeoNames settlements): regional
 * centres first, then towns, then villages, each with the zoom `z` it appears from; places Natural
 * Earth's city layer already labels are left to it, so no name is written twice. Pure.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CityProps, SettlementProps } from '../data/types.ts';

/** What a town label needs. */
export interface TownProps {
  id: number;
  name_en: string;
  name_uk?: string;
  pop: number;
  rank: SettlementProps['rank'];
  /** The zoom it is labelled from (whole zooms: MapLibre tiles a GeoJSON source per whole zoom). */
  z: number;
}

/** The zoom town labels start at: below it the map shows Natural Earth's cities alone. */
export const TOWNS_MINZOOM = 6;
/** A settlement this close to a Natural Earth city is that city. */
const SAME_PLACE_KM = 5;

/** The zoom a settlement is labelled from: centres, then towns by size, then villages by size. */
export function townZoom({ rank, pop }: Pick<SettlementProps, 'rank' | 'pop'>): number {
  if (rank === 1) return TOWNS_MINZOOM;
  if (rank === 2) return pop >= 30_000 ? 7 : 8;
  return pop >= 5_000 ? 9 : 10;
}

/** Distance in km on a sphere, flat-earth approximated: exact enough to tell 5 km at these latitudes. */
function km([x1, y1]: number[], [x2, y2]: number[]): number {
  const rad = Math.PI / 180;
  const dx = (x2 - x1) * Math.cos(((y1 + y2) / 2) * rad);
  return Math.hypot(dx, y2 - y1) * 111.2;
}

/**
 * The settlements to label, most populous first (MapLibre places colliding labels in feature order),
 * without those within 5 km of one of Natural Earth's cities, which the city layer labels.
 */
export function townFeatures(
  settlements: readonly Feature<Point, SettlementProps>[],
  cities: readonly Feature<Point, CityProps>[],
): FeatureCollection<Point, TownProps> {
  const taken = cities.map((c) => c.geometry.coordinates);
  const features: Feature<Point, TownProps>[] = [];
  for (const s of settlements) {
    const at = s.geometry.coordinates;
    if (taken.some((c) => km(c, at) < SAME_PLACE_KM)) continue;
    const { id, name_en, name_uk, pop, rank } = s.properties;
    features.push({
      type: 'Feature',
      properties: { id, name_en, ...(name_uk ? { name_uk } : {}), pop, rank, z: townZoom(s.properties) },
      geometry: s.geometry,
    });
  }
  features.sort((a, b) => b.properties.pop - a.properties.pop || a.properties.id - b.properties.id);
  return { type: 'FeatureCollection', features };
}
