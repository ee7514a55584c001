import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SettlementsShape } from './settlements-shape.ts';

const town = (props: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 704508,
        name_en: 'Kramatorsk',
        name_uk: 'Краматорськ',
        pop: 173700,
        rank: 2,
        unit: 'donetsk',
        country: 'UA',
        held: { ru: [3, 9] },
        ...props,
      },
      geometry: { type: 'Point', coordinates: [37.56, 48.72] },
    },
  ],
});

describe('settlements.json shape', () => {
  it('takes what the pipeline writes', () => {
    expect(v.safeParse(SettlementsShape, town()).success).toBe(true);
    expect(v.safeParse(SettlementsShape, town({ name_uk: undefined, held: undefined })).success).toBe(true);
  });

  it('refuses a settlement without a population, of an unknown rank or country, or with bad spans', () => {
    for (const bad of [{ pop: '173700' }, { rank: 4 }, { country: 'BY' }, { held: { ru: ['3'] } }])
      expect(v.safeParse(SettlementsShape, town(bad)).success, JSON.stringify(bad)).toBe(false);
  });
});
