import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { mergeHistory, nextDay, readSeries } from './history.ts';

/** A small square in Ukraine, told apart by `x`: its west edge is at lon 30 + x / 100. */
const square = (x: number): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [30 + x / 100, 48],
        [31 + x / 100, 48],
        [31 + x / 100, 49],
        [30 + x / 100, 49],
        [30 + x / 100, 48],
      ],
    ],
  ],
});
/** The `x` of a square. */
const xOf = (g: MultiPolygon) => Math.round((g.coordinates[0][0][0][0] - 30) * 100);
const series = (days: [string, number][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: days.map(([date, x]) => ({ type: 'Feature', properties: { date }, geometry: square(x) })),
});

describe('control history', () => {
  it('steps over month and leap-year boundaries', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });

  it('fills gaps from the last known day and marks them carried', () => {
    const days = mergeHistory([
      readSeries({
        file: 'a',
        data: series([
          ['2024-07-01', 1],
          ['2024-07-04', 4],
        ]),
      }),
    ]);
    expect(days.map((d) => [d.date, d.carried, xOf(d.geometry)])).toEqual([
      ['2024-07-01', false, 1],
      ['2024-07-02', true, 1],
      ['2024-07-03', true, 1],
      ['2024-07-04', false, 4],
    ]);
  });

  it('merges series, the first one winning where both have a date', () => {
    const recent = readSeries({
      file: 'recent',
      data: series([
        ['2024-07-08', 8],
        ['2024-07-09', 9],
      ]),
    });
    const early = readSeries({
      file: 'early',
      data: series([
        ['2024-07-07', 7],
        ['2024-07-08', 80],
      ]),
    });
    const days = mergeHistory([recent, early]);
    expect(days.map((d) => xOf(d.geometry))).toEqual([7, 8, 9]);
    expect(days.every((d) => !d.carried)).toBe(true);
  });

  it('accepts Polygon features as one-part MultiPolygons', () => {
    const data = series([['2024-07-01', 1]]);
    data.features[0].geometry = { type: 'Polygon', coordinates: square(1).coordinates[0] };
    expect(readSeries({ file: 'a', data }).get('2024-07-01')?.type).toBe('MultiPolygon');
  });

  it('rejects a date that appears twice in one series, naming file and feature', () => {
    expect(() =>
      readSeries({
        file: 'days.geojson',
        data: series([
          ['2024-07-01', 1],
          ['2024-07-01', 2],
        ]),
      }),
    ).toThrow('days.geojson (feature 1): date 2024-07-01 appears twice');
  });

  it('rejects bad dates', () => {
    expect(() => readSeries({ file: 'f', data: series([['2024-13-01', 1]]) })).toThrow(
      /f \(feature 0\): bad date "2024-13-01"/,
    );
    expect(() => readSeries({ file: 'f', data: series([['2024-02-30', 1]]) })).toThrow(/not a calendar date/);
    expect(() => readSeries({ file: 'f', data: series([['1 July 2024', 1]]) })).toThrow(/must be YYYY-MM-DD/);
  });

  it('rejects an empty series', () => {
    expect(() => readSeries({ file: 'f', data: series([]) })).toThrow('f: no dated features');
  });
});
