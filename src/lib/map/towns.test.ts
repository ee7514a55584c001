import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import type { CityProps, SettlementProps } from '../data/types.ts';
import { townDot, townFeatures, townZoom, TOWNS_MINZOOM } from './towns.ts';

const place = (id: number, lon: number, lat: number, pop: number, rank: 1 | 2 | 3, name_uk?: string) =>
  ({
    type: 'Feature',
    properties: {
      id,
      name_en: `p${id}`,
      ...(name_uk ? { name_uk } : {}),
      pop,
      rank,
      unit: 'donetsk',
      country: 'UA',
    },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  }) as Feature<Point, SettlementProps>;
const city = (lon: number, lat: number) =>
  ({
    type: 'Feature',
    properties: { name_en: 'c', name_uk: 'c', pop: 1, rank: 3, country: 'UA' },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  }) as Feature<Point, CityProps>;

describe('town labels', () => {
  it('shows regional centres first, then towns by size, then villages by size', () => {
    expect(townZoom({ rank: 1, pop: 900 })).toBe(TOWNS_MINZOOM);
    expect(townZoom({ rank: 2, pop: 60_000 })).toBe(7);
    expect(townZoom({ rank: 2, pop: 12_000 })).toBe(8);
    expect(townZoom({ rank: 3, pop: 6_000 })).toBe(9);
    expect(townZoom({ rank: 3, pop: 1_200 })).toBe(10);
  });

  it('leaves places within 5 km of a Natural Earth city to the city layer, and keeps the rest', () => {
    // 0.05° of latitude is 5.6 km; 0.04° is 4.4 km.
    const towns = townFeatures(
      [
        place(1, 37.5, 48.04, 150_000, 2, 'Перше'),
        place(2, 37.5, 48.06, 20_000, 2),
        place(3, 38, 48, 3_000, 3),
      ],
      [city(37.5, 48)],
    );
    expect(towns.features.map((f) => f.properties.id)).toEqual([2, 3]);
  });

  it('orders by population, largest first, and carries only what a label needs', () => {
    const towns = townFeatures([place(5, 30, 50, 1_000, 3), place(4, 31, 50, 9_000, 3, 'Село')], []);
    expect(towns.features.map((f) => f.properties)).toEqual([
      { id: 4, name_en: 'p4', name_uk: 'Село', pop: 9_000, rank: 3, z: 9 },
      { id: 5, name_en: 'p5', pop: 1_000, rank: 3, z: 10 },
    ]);
  });
});

describe('town dot', () => {
  it('is a dark dot in a light ring, transparent in the corners', () => {
    const img = townDot('#102030', '#ffffff');
    const px = (x: number, y: number) =>
      Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));
    expect(px(6, 6)).toEqual([0x10, 0x20, 0x30, 255]);
    expect(px(6, 1)).toEqual([255, 255, 255, 255]);
    expect(px(0, 0)[3]).toBe(0);
  });
});
