import { describe, expect, it } from 'vitest';
import { assertAreal, assertFeatureCollection, checkDate } from './validate.ts';

describe('input checks', () => {
  it('accepts a well-formed polygon and rejects broken ones with the reason', () => {
    const ok = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [30, 48],
          [31, 48],
          [31, 49],
          [30, 48],
        ],
      ],
    };
    expect(() => assertAreal(ok, 'f', 'x')).not.toThrow();
    expect(() => assertAreal(null, 'f', 'x')).toThrow('f (x): geometry is missing');
    expect(() => assertAreal({ type: 'MultiPolygon', coordinates: [] }, 'f', 'x')).toThrow(
      'geometry is empty',
    );
    expect(() =>
      assertAreal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [30, 48],
              [31, 48],
              [30, 48],
            ],
          ],
        },
        'f',
        'x',
      ),
    ).toThrow('at least 4 positions');
    expect(() =>
      assertAreal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [30, 48],
              [31, 48],
              [31, 49],
              [30, 49],
            ],
          ],
        },
        'f',
        'x',
      ),
    ).toThrow('not closed');
    expect(() =>
      assertAreal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [30, 48],
              [31, 'a' as never],
              [31, 49],
              [30, 48],
            ],
          ],
        },
        'f',
        'x',
      ),
    ).toThrow('not a [lon, lat] pair');
    expect(() =>
      assertAreal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [30, 48],
              [31, 98],
              [31, 49],
              [30, 48],
            ],
          ],
        },
        'f',
        'x',
      ),
    ).toThrow('outside lon/lat range');
    expect(() =>
      assertAreal(
        {
          type: 'LineString',
          coordinates: [
            [30, 48],
            [31, 48],
          ],
        },
        'f',
        'x',
      ),
    ).toThrow('not LineString');
  });

  it('says where a FeatureCollection is malformed', () => {
    expect(() =>
      assertFeatureCollection(
        { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] },
        'f.geojson',
      ),
    ).toThrow(/f.geojson: not a GeoJSON FeatureCollection: features.0.properties/);
    expect(() => assertFeatureCollection([], 'f.geojson')).toThrow('not a GeoJSON FeatureCollection');
  });

  it('checks calendar dates', () => {
    expect(checkDate('2024-02-29', 'f', 'x')).toBe('2024-02-29');
    expect(() => checkDate('2023-02-29', 'f', 'x')).toThrow('not a calendar date');
    expect(() => checkDate(20240229, 'f', 'x')).toThrow('bad date 20240229');
  });
});
