import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { labelPoints, type LabelProps } from './label-points.ts';

const props: LabelProps = { id: 'x', name_en: 'X', name_uk: 'Х' };

describe('labelPoints', () => {
  it('puts the label at the centre of the largest polygon', () => {
    const f: Feature<MultiPolygon, LabelProps> = {
      type: 'Feature',
      properties: props,
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
    const [p] = labelPoints([f]).features;
    expect(p.geometry.coordinates[0]).toBeCloseTo(11, 6);
    expect(p.geometry.coordinates[1]).toBeCloseTo(11, 6);
    expect(p.properties).toEqual(props);
  });

  it('keeps the label inside a C-shaped region whose centre of mass is outside it', () => {
    const c: Feature<MultiPolygon, LabelProps> = {
      type: 'Feature',
      properties: props,
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
    const [x, y] = labelPoints([c]).features[0].geometry.coordinates;
    const inside = (x <= 1 && x >= 0 && y >= 0 && y <= 3) || (y <= 1 && y >= 0) || (y >= 2 && y <= 3);
    expect(inside && x >= 0 && x <= 3).toBe(true);
  });
});
