import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { decodeControl, decodeRegions } from './decode.ts';
import type { ControlTopology, PieceProps, RegionsTopology } from './types.ts';
import { squareFeature } from '../../../test/fixtures/squares.ts';

const square = squareFeature<PieceProps>;

// Two Russian-held pieces side by side in two units (sharing the edge x = 1), and one Ukraine-held
// piece in Russia; a second date with only one piece.
const fc = (...features: Feature<Polygon, PieceProps>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const topo = topology({
  '2024-01-01': fc(
    square(0, 0, { u: 'donetsk', s: 'ru' }),
    square(1, 0, { u: 'luhansk', s: 'ru' }),
    square(5, 5, { u: 'kursk', s: 'ua' }),
  ),
  '2024-01-02': fc(square(0, 0, { u: 'donetsk', s: 'ru' })),
}) as unknown as ControlTopology;

describe('decodeControl', () => {
  it('decodes only the pieces of the requested date, with their properties', () => {
    const { date, pieces } = decodeControl(topo, '2024-01-01');
    expect(date).toBe('2024-01-01');
    expect(pieces.features.map((f) => f.properties)).toEqual([
      { u: 'donetsk', s: 'ru' },
      { u: 'luhansk', s: 'ru' },
      { u: 'kursk', s: 'ua' },
    ]);
    expect(decodeControl(topo, '2024-01-02').pieces.features).toHaveLength(1);
  });

  it('outlines Russian-held land without the unit border between two held pieces', () => {
    const { line } = decodeControl(topo, '2024-01-01');
    const points = line.geometry.coordinates.flat();
    // The 2×1 outline, never the inner edge's midpoint-free segment from (1,0) to (1,1) as its own line.
    expect(points.every(([x, y]) => x >= 0 && x <= 2 && y >= 0 && y <= 1)).toBe(true);
    const inner = line.geometry.coordinates.some((l) => l.length === 2 && l.every(([x]) => x === 1));
    expect(inner).toBe(false);
    const length = line.geometry.coordinates.reduce(
      (s, l) => s + l.slice(1).reduce((a, p, i) => a + Math.hypot(p[0] - l[i][0], p[1] - l[i][1]), 0),
      0,
    );
    expect(length).toBeCloseTo(6, 9);
  });

  it('gives an empty line when nothing is Russian-held, and fails clearly on a missing date', () => {
    const none = topology({ d: fc(square(5, 5, { u: 'kursk', s: 'ua' })) }) as unknown as ControlTopology;
    expect(decodeControl(none, 'd').line.geometry.coordinates).toEqual([]);
    expect(() => decodeControl(topo, '1999-01-01')).toThrow(/no object for 1999-01-01/);
  });
});

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
