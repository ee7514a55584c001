import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { area } from '@turf/area';
import { decodeRegions } from './decode.ts';
import type { RegionsTopology } from './types.ts';
import { squareFeature } from '../../../test/fixtures/squares.ts';

const square = squareFeature<Record<string, unknown>>;
const fc = (...features: Feature<Polygon>[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('decodeRegions', () => {
  // Three units in a row, two Ukrainian, and a neighbouring country under them.
  const unit = (x: number, id: string, country: string) => square(x, 0, { id, country } as never);
  const regionsTopo = topology({
    units: fc(unit(0, 'a', 'UA'), unit(1, 'b', 'UA'), unit(2, 'c', 'RU')),
    outline: fc(),
    countries: fc(square(0, -1, { id: 'x' } as never)),
  }) as unknown as RegionsTopology;
  const regions = decodeRegions(regionsTopo);

  it('merges the units into one surface per country, without the borders between them', () => {
    const [ua, ru] = regions.land.features;
    expect([ua.properties.country, ru.properties.country]).toEqual(['UA', 'RU']);
    expect(area(ua)).toBeCloseTo(area(regions.units.features[0]) * 2, -3);
    expect(ua.geometry.coordinates).toHaveLength(1);
    expect(ua.geometry.coordinates[0][0]).toHaveLength(7);
    expect(area(ru)).toBeCloseTo(area(regions.units.features[2]), -3);
  });

  it('draws each border once', () => {
    const segments = regions.unitBorders.geometry.coordinates.flatMap((line) =>
      line.slice(1).map((p, i) => JSON.stringify([line[i], p].sort())),
    );
    expect(new Set(segments).size).toBe(segments.length);
    // 3 squares in a row: 8 outer edges and 2 shared ones.
    expect(segments).toHaveLength(10);
  });
});
