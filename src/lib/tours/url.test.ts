import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTourUrl, serialiseTourUrl, tourUrlContext, type TourUrlState } from './url.ts';
import type { Tour } from './schema.ts';
import { holds, runs } from '../property.test-data.ts';

const ctx = { 'front-line': 9, proposals: 3 };

describe('parseTourUrl', () => {
  it('plays no tour, without notices, when the URL names none', () => {
    expect(parseTourUrl('', ctx)).toEqual({ state: { tour: null, step: 0 }, notices: [] });
    expect(parseTourUrl('?scenario=claimed&present=1', ctx).notices).toEqual([]);
  });

  it('reads the tour and the 1-based step', () => {
    expect(parseTourUrl('?tour=front-line&step=4', ctx)).toEqual({
      state: { tour: 'front-line', step: 3 },
      notices: [],
    });
    expect(parseTourUrl('tour=proposals', ctx).state).toEqual({ tour: 'proposals', step: 0 });
    expect(parseTourUrl('tour=proposals&step=3', ctx).state.step).toBe(2);
  });

  it('falls back to step 1 with a notice for a bad step', () => {
    for (const step of ['0', '4', '-1', '2.5', '1e1', 'two', '', ' 2', '99999999999999999999']) {
      const { state, notices } = parseTourUrl(`tour=proposals&step=${encodeURIComponent(step)}`, ctx);
      expect(state, step).toEqual({ tour: 'proposals', step: 0 });
      expect(notices).toEqual([{ kind: 'bad-value', param: 'step', value: step }]);
    }
  });

  it('plays no tour with one notice for an unknown tour', () => {
    for (const tour of ['mars', '', '__proto__', 'constructor', 'Proposals']) {
      expect(parseTourUrl(`tour=${tour}&step=2`, ctx), tour).toEqual({
        state: { tour: null, step: 0 },
        notices: [{ kind: 'bad-value', param: 'tour', value: tour }],
      });
    }
  });

  it('notes a step given without a tour', () => {
    expect(parseTourUrl('step=2', ctx)).toEqual({
      state: { tour: null, step: 0 },
      notices: [{ kind: 'bad-value', param: 'step', value: '2' }],
    });
  });
});

describe('serialiseTourUrl', () => {
  it('writes the step 1-based and keeps every other parameter readable', () => {
    expect(serialiseTourUrl({ tour: 'proposals', step: 2 })).toBe('?tour=proposals&step=3');
    expect(
      serialiseTourUrl({ tour: 'front-line', step: 0 }, '?present=1&view=30,48.5,6&custom=donetsk:ru&step=7'),
    ).toBe('?present=1&view=30,48.5,6&custom=donetsk:ru&tour=front-line&step=1');
  });

  it('drops both parameters when no tour plays', () => {
    expect(serialiseTourUrl({ tour: null, step: 0 }, '?tour=proposals&step=2&lang=uk')).toBe('?lang=uk');
    expect(serialiseTourUrl({ tour: null, step: 0 }, '?tour=proposals')).toBe('');
  });
});

describe('tourUrlContext', () => {
  it('counts the steps of each tour', () => {
    const tour = (id: string, n: number) =>
      ({ id, steps: Array.from({ length: n }, () => ({})) }) as unknown as Tour;
    expect(tourUrlContext([tour('a', 2), tour('b', 5)])).toEqual({ a: 2, b: 5 });
  });
});

describe('tour URLs, property-based', () => {
  const RUNS = 2000;
  const valid = (s: TourUrlState) =>
    s.tour === null
      ? s.step === 0
      : Object.hasOwn(ctx, s.tour) &&
        Number.isInteger(s.step) &&
        s.step >= 0 &&
        s.step < ctx[s.tour as keyof typeof ctx];

  // Query strings built from parts that are likely to matter, plus arbitrary text.
  const value = fc.oneof(
    fc.constantFrom(
      'front-line',
      'proposals',
      '__proto__',
      'toString',
      '',
      '0',
      '1',
      '3',
      '9',
      '10',
      '-1',
      '1.0',
    ),
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.string(),
    fc.string({ unit: 'binary' }),
  );
  const param = fc.tuple(fc.constantFrom('tour', 'step', 'scenario', 'present', 'TOUR', ''), value);
  // Well-formed links with steps around the ends of each tour, where off-by-one slips would show.
  const link = fc
    .tuple(fc.constantFrom(...Object.keys(ctx), 'mars'), fc.integer({ min: -2, max: 12 }))
    .map(([tour, step]) => `?tour=${tour}&step=${step}`);
  const query = fc.oneof(
    link,
    fc
      .array(param, { maxLength: 6 })
      .map((ps) => ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    fc.string({ unit: 'binary' }),
    fc.string(),
  );

  it(`never throws and always yields a playable state ${runs(RUNS)}`, () => {
    holds(
      fc.property(query, (q) => {
        const { state, notices } = parseTourUrl(q, ctx);
        return (
          valid(state) && notices.every((n) => n.kind === 'bad-value' && ['tour', 'step'].includes(n.param))
        );
      }),
      RUNS,
    );
  });

  it(`gives a notice whenever it falls back ${runs(RUNS)}`, () => {
    holds(
      fc.property(query, (q) => {
        const raw = new URLSearchParams(q);
        const { state, notices } = parseTourUrl(q, ctx);
        const honoured =
          (raw.get('tour') ?? null) === state.tour &&
          (raw.get('step') === null || raw.get('step') === String(state.step + 1));
        return honoured || notices.length > 0;
      }),
      RUNS,
    );
  });

  it(`reads back every state it writes, keeping other parameters ${runs(RUNS)}`, () => {
    const state = fc.oneof(
      fc.constant<TourUrlState>({ tour: null, step: 0 }),
      fc
        .constantFrom(...(Object.keys(ctx) as (keyof typeof ctx)[]))
        .chain((tour) =>
          fc.integer({ min: 0, max: ctx[tour] - 1 }).map((step): TourUrlState => ({ tour, step })),
        ),
    );
    holds(
      fc.property(state, query, (s, keep) => {
        const url = serialiseTourUrl(s, keep);
        const back = parseTourUrl(url, ctx);
        const others = (q: string) =>
          JSON.stringify([...new URLSearchParams(q)].filter(([k]) => k !== 'tour' && k !== 'step'));
        return (
          back.state.tour === s.tour &&
          back.state.step === s.step &&
          back.notices.length === 0 &&
          others(url) === others(keep)
        );
      }),
      RUNS,
    );
  });
});
