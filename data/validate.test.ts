import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { assertAreal, assertFeatureCollection, checkDate, checkDayDate, validAreal } from './validate.ts';

const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const triangle: Position[] = [
  [30, 48],
  [31, 48],
  [31, 49],
  [30, 48],
];
const check = (g: unknown) => () => assertAreal(g as Polygon, 'f', 'x');

describe('input checks', () => {
  it('accepts a well-formed polygon and rejects broken ones with the reason', () => {
    expect(check(polygon(triangle))).not.toThrow();
    expect(check(null)).toThrow('f (x): geometry is missing');
    expect(check({ type: 'MultiPolygon', coordinates: [] })).toThrow('geometry is empty');
    expect(check(polygon([]))).toThrow('at least 4 positions');
    expect(check(polygon(triangle.slice(1)))).toThrow('at least 4 positions');
    expect(check(polygon([...triangle.slice(0, 3), [30, 49]]))).toThrow(
      'f (x): polygon 0 ring 0: ring is not closed: position 0 [30, 48] differs from the last, position 3 [30, 49]',
    );
    expect(check(polygon([[30, 48], [31, 'a'], ...triangle.slice(2)] as Position[]))).toThrow(
      'polygon 0 ring 0 position 1: [31,"a"] is not a [lon, lat] pair',
    );
    expect(check(polygon([[30, 48], [31], ...triangle.slice(2)]))).toThrow(
      'position 1: [31] is not a [lon, lat]',
    );
    expect(check({ type: 'LineString', coordinates: triangle })).toThrow('not LineString');
  });

  it('rejects positions outside lon/lat, or outside the extent of the project, saying which', () => {
    const at = (p: Position) => polygon([triangle[0], p, ...triangle.slice(2)]);
    expect(check(at([31, 98]))).toThrow(
      'polygon 0 ring 0 position 1: [31, 98] is outside lon −180…180, lat −90…90',
    );
    expect(check(at([512.5, 48.1]))).toThrow('position 1: [512.5, 48.1] is outside lon −180…180');
    expect(check(at([60, 48]))).toThrow(
      'position 1: [60, 48] is outside the expected extent lon 14…50, lat 38…58',
    );
    expect(check(at([48.1, 30.5]))).toThrow(
      '[48.1, 30.5] is outside the expected extent lon 14…50, lat 38…58 (are lon and lat swapped?)',
    );
    expect(() => assertAreal(at([60, 48]), 'f', 'x', { extent: null })).not.toThrow();
    expect(() =>
      assertAreal(at([60, 48]), 'f', 'x', { extent: { west: 0, south: 0, east: 10, north: 10 } }),
    ).toThrow('outside the expected extent lon 0…10, lat 0…10');
  });

  it('names Infinity (a literal like 1e999 parsed) instead of printing it as null', () => {
    expect(check(at(Infinity))).toThrow('position 1: [Infinity,48] holds Infinity (a number too large)');
    function at(x: number) {
      return polygon([triangle[0], [x, 48], ...triangle.slice(2)]);
    }
  });

  it('drops repeated positions, keeping the type, and leaves a clean geometry as it is', () => {
    const clean = polygon(triangle);
    expect(validAreal(clean, 'f', 'x')).toBe(clean);
    const repeated = polygon([triangle[0], triangle[1], [31, 48], triangle[2], triangle[3], [30, 48]]);
    expect(validAreal(repeated, 'f', 'x')).toEqual(clean);
    expect(check(polygon([triangle[0], triangle[1], [31, 48], [30, 48]]))).toThrow(
      'polygon 0 ring 0: ring has only 2 distinct positions; a ring needs at least 3 corners',
    );
  });

  it('accepts either winding: areas and outputs do not depend on it', () => {
    expect(check(polygon([...triangle].reverse()))).not.toThrow();
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
    expect(() => checkDate(Infinity, 'f', 'x')).toThrow('bad date Infinity');
  });
});

describe('the date of a day to add', () => {
  const today = new Date('2026-09-01T23:30:00Z');

  it('accepts any day from the invasion to tomorrow (UTC)', () => {
    expect(checkDayDate('2022-02-24', 'f', { today })).toBe('2022-02-24');
    expect(checkDayDate('2026-09-01', 'f', { today })).toBe('2026-09-01');
    expect(checkDayDate('2026-09-02', 'f', { today })).toBe('2026-09-02');
  });

  it('rejects a day after tomorrow, and one before the invasion, saying why', () => {
    expect(() => checkDayDate('2026-09-03', 'day.geojson', { today })).toThrow(
      'day.geojson (date): date 2026-09-03 is in the future: the latest day accepted is 2026-09-02 (tomorrow, UTC)',
    );
    expect(() => checkDayDate('2062-09-01', 'f', { today, feature: '--date' })).toThrow(
      'f (--date): date 2062-09-01 is in the future',
    );
    expect(() => checkDayDate('2022-02-23', 'f', { today })).toThrow(
      'date 2022-02-23 is before 2022-02-24, the start of the full-scale invasion',
    );
    expect(() => checkDayDate('2026-02-30', 'f', { today })).toThrow('not a calendar date');
  });

  it('takes the current time when none is given', () => {
    expect(checkDayDate(new Date().toISOString().slice(0, 10), 'f')).toBeTruthy();
    expect(() => checkDayDate('2999-01-01', 'f')).toThrow('in the future');
  });
});
