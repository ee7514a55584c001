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
/** The image of a town's dot (see `townDot`), drawn in code like the patterns. */
export const TOWN_DOT = 'town-dot';

/**
 * A town's dot as `map.addImage` takes it, at 2× pixel ratio: a dark dot in a light ring, like the
 * cities' dots, so it reads on every fill.
 */
export function townDot(ink: string, halo: string): { width: number; height: number; data: Uint8Array } {
  const size = 12;
  const c = (size - 1) / 2;
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c, y - c);
      if (r <= 5.5) data.set([...(r <= 3.6 ? rgb(ink) : rgb(halo)), 255], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

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
