import { describe, expect, it } from 'vitest';
import { expression, featureFilter, latest as spec } from '@maplibre/maplibre-gl-style-spec';
import {
  changeOpacity,
  CLAIMED_OPACITY,
  CONTROL_OPACITY,
  DMZ_OPACITY,
  lakeFilter,
  lakesDiffer,
  LINE_OPACITY,
  unitStates,
} from './filters.ts';
import { drawSets, pieceChange, pieceShown } from '../scenarios/draw.ts';
import { CATALOG, terms } from '../scenarios/catalog.test-data.ts';
import { resolveTerms } from '../scenarios/terms.ts';
import { UNITS } from '../scenarios/fixtures.test-data.ts';
import type { Status } from '../data/types.ts';
import { STATUS_ORDER } from '../data/history.ts';

/** A face's feature state on the shown date: its unit's scenario state and its status code. */
const faceState = (unitState: Record<string, boolean>, s: Status) => ({
  ...unitState,
  st: STATUS_ORDER.indexOf(s) + 1,
});

// Evaluate the expressions with MapLibre's own evaluator, so the test checks what the map will do.
const matches = (filter: unknown, properties: Record<string, unknown>) =>
  featureFilter(filter as never, 'layers[0].filter').filter(
    { zoom: 5 } as never,
    { type: 3, properties } as never,
  );

// Paint expressions read feature state: evaluate them as MapLibre does, with a unit's state.
const opacity = (
  expr: unknown,
  properties: Record<string, unknown>,
  state: Record<string, boolean | number>,
) => {
  const parsed = expression.createExpression(expr, spec.paint_fill['fill-opacity'] as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 5 } as never, { type: 3, properties } as never, state);
};

/** Every catalog scenario with its draw sets and each unit's state under them. */
const catalogStates = () =>
  CATALOG.map((s) => {
    const sets = drawSets(resolveTerms(s), UNITS);
    return {
      s,
      sets,
      states: unitStates(
        sets,
        UNITS.map((x) => x.id),
      ),
    };
  });

describe('scenario layers', () => {
  it('are valid paint expressions', () => {
    for (const e of [
      CONTROL_OPACITY,
      CLAIMED_OPACITY,
      DMZ_OPACITY,
      changeOpacity('to-ru'),
      changeOpacity('to-ua'),
    ])
      expect(expression.isExpression(e)).toBe(true);
  });

  it('show exactly the pieces pieceShown and pieceChange pick, for every catalog scenario', () => {
    for (const { sets, states } of catalogStates()) {
      for (const u of UNITS.map((x) => x.id)) {
        const state = states.get(u)!;
        for (const st of ['ru', 'ua', 'contested'] as Status[]) {
          const piece = { u, s: st };
          const face = faceState(state, st);
          expect(opacity(CONTROL_OPACITY, { u }, face)).toBe(pieceShown(piece, sets) ? 1 : 0);
          expect(opacity(changeOpacity('to-ru'), { u }, face)).toBe(
            pieceChange(piece, sets) === 'to-ru' ? 1 : 0,
          );
          expect(opacity(changeOpacity('to-ua'), { u }, face)).toBe(
            pieceChange(piece, sets) === 'to-ua' ? 1 : 0,
          );
          // A face that is not held on the shown date shows in no layer.
          for (const e of [CONTROL_OPACITY, changeOpacity('to-ru'), changeOpacity('to-ua')])
            expect(opacity(e, { u }, { ...state, st: 0 })).toBe(0);
        }
      }
    }
  });

  it('hatch the claimed units', () => {
    const states = unitStates(
      drawSets(terms('claimed'), UNITS),
      UNITS.map((x) => x.id),
    );
    expect(opacity(CLAIMED_OPACITY, { id: 'donetsk' }, states.get('donetsk')!)).toBe(1);
    expect(opacity(CLAIMED_OPACITY, { id: 'kharkiv' }, states.get('kharkiv')!)).toBe(0);
    expect(opacity(DMZ_OPACITY, { id: 'donetsk' }, states.get('donetsk')!)).toBe(0);
  });

  it('hide everything where no state is set yet', () => {
    for (const e of [CONTROL_OPACITY, changeOpacity('to-ru'), changeOpacity('to-ua'), LINE_OPACITY])
      expect(opacity(e, { u: 'donetsk' }, {})).toBe(0);
  });
});

describe('lake filters', () => {
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
