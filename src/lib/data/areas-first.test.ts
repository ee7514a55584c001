import { describe, expect, it } from 'vitest';
import { expandAreas, fillAreas, firstAreas, hasDay, pinnedDays } from './areas-first.ts';
import { SCHEMA_VERSION, type Areas } from './types.ts';

const DATES = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'];
const AREAS: Areas = {
  schema: SCHEMA_VERSION,
  dates: DATES,
  ru: { donetsk: [10, 11, 12, 13], luhansk: [20, 21, 22, 23] },
  ua: { kursk: [5, 4, null, null] },
  contested: { kursk: [1, 2, null, null] },
  deepstateKm2: [100, 101, 102, 103],
};

describe('first view areas', () => {
  it('keep the latest day and the pinned ones, in date order', () => {
    const first = firstAreas(AREAS, ['2024-01-02', '2030-01-01']);
    expect(first.dates).toEqual(['2024-01-02', '2024-01-04']);
    expect(first.ru).toEqual({ donetsk: [11, 13], luhansk: [21, 23] });
    expect(first.ua).toEqual({ kursk: [4, null] });
    expect(first.deepstateKm2).toEqual([101, 103]);
  });

  it('spread over every date, NaN where still to come, then filled in place', () => {
    const target = expandAreas(firstAreas(AREAS, ['2024-01-02']), DATES);
    expect(target.ru.donetsk).toEqual([NaN, 11, NaN, 13]);
    expect(target.ua.kursk).toEqual([NaN, 4, NaN, null]);
    expect(DATES.map((_, i) => hasDay(target, i))).toEqual([false, true, false, true]);
    fillAreas(target, AREAS);
    expect(target.ru.donetsk).toEqual([10, 11, 12, 13]);
    expect(target.deepstateKm2).toEqual(AREAS.deepstateKm2);
    expect(DATES.map((_, i) => hasDay(target, i))).toEqual([true, true, true, true]);
  });

  it('refuse a day the manifest does not have, naming it', () => {
    expect(() => expandAreas(firstAreas(AREAS, []), DATES.slice(0, 3))).toThrow(
      /2024-01-04 is not in manifest.json/,
    );
  });

  it('pin the days the catalog names as references, not selected or latest', () => {
    expect(
      pinnedDays([
        { reference: 'latest' },
        { reference: '2025-03-11' },
        { reference: 'selected' },
        { reference: '2022-02-23' },
        { reference: '2025-03-11' },
      ]),
    ).toEqual(['2022-02-23', '2025-03-11']);
  });
});
