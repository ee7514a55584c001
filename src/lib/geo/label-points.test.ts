import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { labelPoint } from './label-points.ts';
import { labelCollection } from './label-collection.ts';
import type { UnitProps } from '../data/types.ts';

describe('labelPoint', () => {
  it('puts the label at the centre of the largest polygon', () => {
    const f: { geometry: MultiPolygon } = {
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [0.1, 0],
              [0.1, 0.1],
              [0, 0.1],
              [0, 0],
            ],
          ],
          [
            [
              [10, 10],
              [12, 10],
              [12, 12],
              [10, 12],
              [10, 10],
            ],
          ],
        ],
      },
    };
    const [x, y] = labelPoint(f.geometry);
    expect(x).toBeCloseTo(11, 4);
    expect(y).toBeCloseTo(11, 4);
  });

  it('keeps the label inside a C-shaped region whose centre of mass is outside it', () => {
    const c: { geometry: MultiPolygon } = {
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [3, 0],
              [3, 1],
              [1, 1],
              [1, 2],
              [3, 2],
              [3, 3],
              [0, 3],
              [0, 0],
            ],
          ],
        ],
      },
    };
    const [x, y] = labelPoint(c.geometry);
    const inside = (x <= 1 && x >= 0 && y >= 0 && y <= 3) || (y <= 1 && y >= 0) || (y >= 2 && y <= 3);
    expect(inside && x >= 0 && x <= 3).toBe(true);
  });
});

describe('labelCollection', () => {
  it('writes the stored label points of the named units, with both names', () => {
    const unit = (id: string, label?: [number, number]) =>
      ({ id, name_en: id.toUpperCase(), name_uk: id, label }) as UnitProps;
    const fc = labelCollection([unit('a', [1, 2]), unit('b', [3, 4]), unit('c')], new Set(['a', 'c']));
    expect(fc.features).toEqual([
      {
        type: 'Feature',
        properties: { id: 'a', name_en: 'A', name_uk: 'a' },
        geometry: { type: 'Point', coordinates: [1, 2] },
      },
    ]);
  });
});
