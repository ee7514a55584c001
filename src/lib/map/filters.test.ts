import { describe, expect, it } from 'vitest';
import { expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { claimedFilter, controlFilter, dmzFilter, lakeFilter, lakesDiffer } from './filters.ts';
import { drawSets, pieceShown } from '../scenarios/draw.ts';
import { BUILTIN_SCENARIOS } from '../scenarios/builtin.ts';
import { UNITS } from '../scenarios/fixtures.test-data.ts';
import type { Status } from '../data/types.ts';

// Evaluate the expressions with MapLibre's own evaluator, so the test checks what the map will do.
const matches = (filter: unknown, properties: Record<string, unknown>) =>
  featureFilter(filter as never, 'layers[0].filter').filter(
    { zoom: 5 } as never,
    { type: 3, properties } as never,
  );

describe('map filters', () => {
  it('are valid expressions', () => {
    const sets = drawSets(BUILTIN_SCENARIOS[2], UNITS);
    for (const f of [
      controlFilter(sets),
      claimedFilter(sets),
      dmzFilter(sets),
      lakeFilter('2023-01-01', true),
    ]) {
      expect(expression.isExpression(f)).toBe(true);
    }
  });

  it('show exactly the pieces pieceShown shows, for every built-in scenario', () => {
    for (const s of BUILTIN_SCENARIOS) {
      const sets = drawSets(s, UNITS);
      for (const u of UNITS.map((x) => x.id)) {
        for (const st of ['ru', 'ua', 'contested'] as Status[]) {
          expect(matches(controlFilter(sets), { u, s: st })).toBe(pieceShown({ u, s: st }, sets));
        }
      }
    }
  });

  it('hatch the claimed units', () => {
    const sets = drawSets(BUILTIN_SCENARIOS[2], UNITS);
    expect(matches(claimedFilter(sets), { id: 'donetsk' })).toBe(true);
    expect(matches(claimedFilter(sets), { id: 'kharkiv' })).toBe(false);
    expect(matches(dmzFilter(sets), { id: 'donetsk' })).toBe(false);
  });

  it('draw Kakhovka full until 2023-06-06 and as former after', () => {
    const kakhovka = { until: '2023-06-06' };
    const kyiv = { until: null };
    expect(matches(lakeFilter('2023-06-06', false), kakhovka)).toBe(true);
    expect(matches(lakeFilter('2023-06-07', false), kakhovka)).toBe(false);
    expect(matches(lakeFilter('2023-06-07', true), kakhovka)).toBe(true);
    expect(matches(lakeFilter('2023-06-06', true), kakhovka)).toBe(false);
    expect(matches(lakeFilter('2026-01-01', false), kyiv)).toBe(true);
    expect(matches(lakeFilter('2026-01-01', true), kyiv)).toBe(false);
  });

  it('change between two dates exactly when lakesDiffer says so', () => {
    const kakhovka = { until: '2023-06-06' };
    const dates = ['2022-04-04', '2023-06-05', '2023-06-06', '2023-06-07', '2026-08-22'];
    for (const a of dates)
      for (const b of dates) {
        const changes = [true, false].some(
          (former) => matches(lakeFilter(a, former), kakhovka) !== matches(lakeFilter(b, former), kakhovka),
        );
        expect(lakesDiffer(['2023-06-06'], a, b)).toBe(changes);
      }
    expect(lakesDiffer([], '2022-04-04', '2026-08-22')).toBe(false);
  });
});
