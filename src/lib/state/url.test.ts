import { describe, expect, it } from 'vitest';
import {
  dropParams,
  parseModes,
  parseUrl,
  setFlag,
  resolveDate,
  serialiseUrl,
  type UrlState,
} from './url.ts';
import { isIsoDate, snapDate } from './dates.ts';

const ctx = {
  scenarios: { 'borders-1991': [], controlled: [], claimed: [], 'plan-x': ['a', 'b'] },
  defaultScenario: 'controlled',
};
const DEFAULTS = { variant: null, custom: {}, compare: null, compareVariant: null, split: 50, buffer: null };
const DATES = ['2022-04-04', '2022-04-05', '2022-04-06', '2022-04-10'];

describe('parseUrl', () => {
  it('gives defaults and no notices for an empty query', () => {
    expect(parseUrl('', ctx)).toEqual({
      state: { scenario: 'controlled', ...DEFAULTS, date: null, view: null, lang: 'en' },
      notices: [],
    });
  });

  it('reads every parameter', () => {
    const { state, notices } = parseUrl('?scenario=claimed&date=2022-04-05&view=37.8,48,7.5&lang=uk', ctx);
    expect(state).toEqual({
      scenario: 'claimed',
      ...DEFAULTS,
      date: '2022-04-05',
      view: { lon: 37.8, lat: 48, zoom: 7.5 },
      lang: 'uk',
    });
    expect(notices).toEqual([]);
  });

  it('falls back to defaults with a notice for each bad value', () => {
    const { state, notices } = parseUrl('scenario=nope&date=2022-02-30&view=1,2&lang=ru', ctx);
    expect(state).toEqual({ scenario: 'controlled', ...DEFAULTS, date: null, view: null, lang: 'en' });
    expect(notices.map((n) => n.kind === 'bad-value' && n.param)).toEqual([
      'scenario',
      'date',
      'view',
      'lang',
    ]);
  });

  it('reads a variant of the chosen scenario and the reader’s toggles', () => {
    const { state, notices } = parseUrl(
      'scenario=plan-x&variant=b&custom=donetsk:ru,kursk:line,other:ua',
      ctx,
    );
    expect(state).toMatchObject({
      scenario: 'plan-x',
      variant: 'b',
      custom: { donetsk: 'ru', kursk: 'line', other: 'ua' },
    });
    expect(notices).toEqual([]);
  });

  it('drops unknown variants and toggles a region does not offer, with a notice', () => {
    const { state, notices } = parseUrl(
      'scenario=plan-x&variant=zz&custom=donetsk:dmz,kursk:ua,mars:ru,other:ru,,',
      ctx,
    );
    expect(state).toMatchObject({ variant: null, custom: { donetsk: 'dmz' } });
    expect(notices).toEqual([
      { kind: 'bad-value', param: 'variant', value: 'zz' },
      { kind: 'bad-value', param: 'custom', value: 'kursk:ua,mars:ru,other:ru' },
    ]);
  });

  it('reads a scenario to compare with, but not the scenario itself or an unknown one', () => {
    expect(parseUrl('scenario=claimed&compare=plan-x', ctx).state.compare).toBe('plan-x');
    for (const q of ['scenario=claimed&compare=claimed', 'compare=nope']) {
      const { state, notices } = parseUrl(q, ctx);
      expect(state.compare).toBeNull();
      expect(notices).toEqual([{ kind: 'bad-value', param: 'compare', value: q.split('compare=')[1] }]);
    }
  });

  it('compares a scenario with itself in format 1 only, as format 0 never did', () => {
    expect(parseUrl('v=1&scenario=claimed&compare=claimed', ctx)).toMatchObject({
      state: { scenario: 'claimed', compare: 'claimed' },
      notices: [],
    });
    expect(parseUrl('v=0&scenario=claimed&compare=claimed', ctx)).toMatchObject({
      state: { compare: null },
      notices: [{ kind: 'bad-value', param: 'compare', value: 'claimed' }],
    });
  });

  it('reads the compared scenario’s variant and the divider, and refuses them when they do not fit', () => {
    const { state, notices } = parseUrl(
      'v=1&scenario=plan-x&variant=a&compare=plan-x&compare-variant=b&split=30',
      ctx,
    );
    expect(state).toMatchObject({ variant: 'a', compare: 'plan-x', compareVariant: 'b', split: 30 });
    expect(notices).toEqual([]);
    expect(parseUrl('split=12.6', ctx).state.split).toBe(13);
    for (const [q, param] of [
      ['compare-variant=a', 'compare-variant'],
      ['compare=claimed&compare-variant=a', 'compare-variant'],
      ['compare=nope&compare-variant=a', 'compare-variant'],
      ['split=4', 'split'],
      ['split=96', 'split'],
      ['split=-50', 'split'],
      ['split=5e1', 'split'],
      ['split=', 'split'],
    ]) {
      const r = parseUrl(q, ctx);
      expect(r.state).toMatchObject({ compareVariant: null, split: 50 });
      expect(r.notices.map((n) => n.kind === 'bad-value' && n.param)).toContain(param);
    }
  });

  it('reads an unknown format as the newest it knows, with a notice', () => {
    const { state, notices } = parseUrl('v=7&scenario=claimed&compare=claimed&date=2024-01-01', ctx);
    expect(state).toMatchObject({ scenario: 'claimed', compare: 'claimed', date: '2024-01-01' });
    expect(notices).toEqual([{ kind: 'bad-value', param: 'v', value: '7' }]);
    for (const v of ['', '1.0', ' 1', '<b>']) {
      expect(parseUrl(`v=${encodeURIComponent(v)}`, ctx).notices).toEqual([
        { kind: 'bad-value', param: 'v', value: v },
      ]);
    }
  });

  it('rejects views out of range or with junk', () => {
    for (const v of ['200,48,5', '30,90,5', '30,48,30', '30,48,5x', 'a,b,c']) {
      expect(parseUrl(`view=${v}`, ctx).state.view).toBeNull();
    }
  });
});

describe('buffer', () => {
  it('reads a whole number of km from 1 to 50, and gives a notice for anything else', () => {
    expect(parseUrl('buffer=30', ctx)).toEqual({
      state: expect.objectContaining({ buffer: 30 }),
      notices: [],
    });
    expect(parseUrl('buffer=1', ctx).state.buffer).toBe(1);
    expect(parseUrl('buffer=50', ctx).state.buffer).toBe(50);
    for (const v of ['0', '51', '15.5', '-5', 'x', '', '1e1', '030']) {
      const { state, notices } = parseUrl(`buffer=${encodeURIComponent(v)}`, ctx);
      expect(state.buffer).toBeNull();
      expect(notices).toEqual([{ kind: 'bad-value', param: 'buffer', value: v }]);
    }
  });

  it('is written after the divider and before the date', () => {
    const s: UrlState = {
      scenario: 'controlled',
      ...DEFAULTS,
      buffer: 25,
      date: '2025-01-01',
      view: null,
      lang: 'en',
    };
    expect(serialiseUrl(s, ctx)).toBe('?v=1&scenario=controlled&buffer=25&date=2025-01-01');
  });
});

describe('serialiseUrl', () => {
  it('round-trips', () => {
    const states: UrlState[] = [
      { scenario: 'controlled', ...DEFAULTS, date: '2022-04-05', view: null, lang: 'en' },
      {
        scenario: 'claimed',
        ...DEFAULTS,
        date: '2026-08-22',
        view: { lon: 37.8, lat: 48.0123, zoom: 6.25 },
        lang: 'uk',
      },
      {
        scenario: 'borders-1991',
        ...DEFAULTS,
        date: null,
        view: { lon: -1.5, lat: -2, zoom: 0 },
        lang: 'en',
      },
      {
        scenario: 'plan-x',
        variant: 'b',
        custom: { donetsk: 'dmz', crimea: 'ua', other: 'line' },
        compare: 'claimed',
        compareVariant: null,
        split: 63,
        buffer: 30,
        date: '2025-01-01',
        view: null,
        lang: 'en',
      },
      {
        scenario: 'plan-x',
        ...DEFAULTS,
        variant: 'a',
        compare: 'plan-x',
        compareVariant: 'b',
        split: 5,
        date: '2025-01-01',
        view: null,
        lang: 'en',
      },
    ];
    for (const s of states) expect(parseUrl(serialiseUrl(s, ctx), ctx)).toEqual({ state: s, notices: [] });
  });

  it('names everything in format 1, keeps foreign parameters and writes commas plainly', () => {
    const s: UrlState = {
      scenario: 'controlled',
      ...DEFAULTS,
      date: '2024-01-01',
      view: { lon: 30, lat: 50, zoom: 5 },
      lang: 'en',
    };
    expect(serialiseUrl(s, ctx, '?embed=1&scenario=claimed&v=0')).toBe(
      '?embed=1&v=1&scenario=controlled&date=2024-01-01&view=30,50,5',
    );
    expect(serialiseUrl({ ...s, date: null, view: null }, ctx)).toBe('?v=1&scenario=controlled');
    // The first variant is written too, whether chosen or taken by default.
    for (const variant of ['a', null])
      expect(
        serialiseUrl(
          { ...s, scenario: 'plan-x', variant, custom: { kursk: 'ru' }, date: null, view: null },
          ctx,
        ),
      ).toBe('?v=1&scenario=plan-x&variant=a&custom=kursk:ru');
    expect(serialiseUrl({ ...s, compare: 'plan-x', split: 50, view: null }, ctx)).toBe(
      '?v=1&scenario=controlled&compare=plan-x&compare-variant=a&split=50&date=2024-01-01',
    );
    // The divider means nothing without a comparison.
    expect(serialiseUrl({ ...s, split: 20, view: null }, ctx)).toBe(
      '?v=1&scenario=controlled&date=2024-01-01',
    );
  });

  it('writes links whose view survives a new default scenario and reordered variants', () => {
    const s: UrlState = {
      scenario: 'controlled',
      ...DEFAULTS,
      compare: 'plan-x',
      date: '2024-01-01',
      view: null,
      lang: 'en',
    };
    const later = {
      scenarios: { ...ctx.scenarios, 'plan-x': ['b', 'a'] },
      defaultScenario: 'claimed',
    };
    const link = serialiseUrl(s, ctx);
    // What the link showed when written: the scenario and the variants that were the defaults then.
    expect(parseUrl(link, later).state).toEqual({ ...s, compareVariant: 'a' });
    const plan = serialiseUrl({ ...s, scenario: 'plan-x', compare: null }, ctx);
    expect(parseUrl(plan, later).state).toMatchObject({ scenario: 'plan-x', variant: 'a' });
    // A format 0 link, by contrast, takes whatever the defaults are now.
    expect(parseUrl('?date=2024-01-01&compare=plan-x', later).state).toMatchObject({
      scenario: 'claimed',
      compareVariant: null,
    });
  });
});

describe('dropParams', () => {
  it('removes the named parameters and keeps the rest', () => {
    expect(dropParams('?embed=1&scenario=claimed&embed=2', ['embed'])).toBe('scenario=claimed');
  });

  it('sets or clears a mode flag', () => {
    expect(setFlag('?scenario=claimed', 'present', true)).toBe('scenario=claimed&present=1');
    expect(setFlag('present=1&date=2024-01-01', 'present', false)).toBe('date=2024-01-01');
  });
});

describe('parseModes', () => {
  it('switches embed and presentation on with 1 only', () => {
    expect(parseModes('?embed=1&present=1')).toEqual({ embed: true, present: true });
    expect(parseModes('embed=true&present=0')).toEqual({ embed: false, present: false });
  });
});

describe('dates', () => {
  it('knows real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-01')).toBe(false);
  });

  it('snaps to the nearest date, earlier on ties', () => {
    expect(snapDate(DATES, '2022-04-05')).toEqual({ index: 1, snapped: false });
    expect(snapDate(DATES, '2020-01-01')).toEqual({ index: 0, snapped: true });
    expect(snapDate(DATES, '2030-01-01')).toEqual({ index: 3, snapped: true });
    expect(snapDate(DATES, '2022-04-07')).toEqual({ index: 2, snapped: true });
    expect(snapDate(DATES, '2022-04-09')).toEqual({ index: 3, snapped: true });
    expect(snapDate(DATES, '2022-04-08')).toEqual({ index: 2, snapped: true });
  });

  it('resolves a missing date to the latest and says when it snapped', () => {
    expect(resolveDate(DATES, null)).toEqual({ index: 3, notice: null });
    expect(resolveDate(DATES, '2021-06-01')).toEqual({
      index: 0,
      notice: { kind: 'date-snapped', value: '2021-06-01', to: '2022-04-04' },
    });
  });
});
