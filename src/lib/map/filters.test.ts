import { describe, expect, it } from 'vitest';
import { expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { changeFilter, claimedFilter, controlFilter, dmzFilter, lakeFilter, lakesDiffer } from './filters.ts';
import { drawSets, pieceChange, pieceShown } from '../scenarios/draw.ts';
import { CATALOG, terms } from '../scenarios/catalog.test-data.ts';
import { resolveTerms } from '../scenarios/terms.ts';
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
    const sets = drawSets(terms('claimed'), UNITS);
    for (const f of [
      controlFilter(sets),
      claimedFilter(sets),
      dmzFilter(sets),
      changeFilter(sets, 'to-ru'),
      changeFilter(sets, 'to-ua'),
      lakeFilter('2023-01-01', true),
    ]) {
      expect(expression.isExpression(f)).toBe(true);
    }
  });

  it('show exactly the pieces pieceShown and pieceChange pick, for every catalog scenario', () => {
    for (const s of CATALOG) {
      const sets = drawSets(resolveTerms(s), UNITS);
      for (const u of UNITS.map((x) => x.id)) {
        for (const st of ['ru', 'ua', 'contested'] as Status[]) {
          const piece = { u, s: st };
          expect(matches(controlFilter(sets), piece)).toBe(pieceShown(piece, sets));
          expect(matches(changeFilter(sets, 'to-ru'), piece)).toBe(pieceChange(piece, sets) === 'to-ru');
          expect(matches(changeFilter(sets, 'to-ua'), piece)).toBe(pieceChange(piece, sets) === 'to-ua');
        }
      }
    }
  });

  it('hatch the claimed units', () => {
    const sets = drawSets(terms('claimed'), UNITS);
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
