/**
 * Permalinks that never break: links must keep opening the same view. Format 0 (no `v`) is what the
 * app wrote until format 1; format 1 (`v=1`) is what it writes now, naming every default. Each case
 * is a link as the app writes it (or an older, hand-written form) with the state it means.
 * A failure here means a release would change what published links show: add, never change.
 */
import { describe, expect, it } from 'vitest';
import { parseUrl, serialiseUrl, type UrlContext } from '../../src/lib/state/url.ts';
import { URL_CONTEXT } from '../../src/lib/state/app.svelte.ts';
import { parseTourUrl, tourUrlContext } from '../../src/lib/tours/url.ts';
import { parseTours } from '../../src/lib/tours/catalog.ts';
import { TOUR_FILES } from '../../src/lib/tours/files.ts';

const CASES: [string, Record<string, unknown>][] = [
  ['', { scenario: 'controlled', date: null, lang: 'en' }],
  ['?date=2024-09-07', { scenario: 'controlled', date: '2024-09-07' }],
  ['?scenario=claimed&date=2026-08-22&lang=uk', { scenario: 'claimed', lang: 'uk' }],
  [
    '?scenario=borders-1991&view=37.8,48,7.5',
    { scenario: 'borders-1991', view: { lon: 37.8, lat: 48, zoom: 7.5 } },
  ],
  ['?scenario=us-plan-2025-11&custom=donetsk:ua,kherson:ru', { custom: { donetsk: 'ua', kherson: 'ru' } }],
  [
    '?scenario=kursk-exchange-2025-02&variant=kharkiv',
    { scenario: 'kursk-exchange-2025-02', variant: 'kharkiv' },
  ],
  ['?scenario=plan-2025-12&variant=donbas-zone', { variant: 'donbas-zone' }],
  ['?scenario=alaska-2025-08&variant=donetsk-only', { variant: 'donetsk-only' }],
  ['?scenario=us-plan-2025-11&compare=claimed', { compare: 'claimed' }],
  ['?scenario=russia-demand-2024-06', { scenario: 'russia-demand-2024-06' }],
  ['?scenario=ceasefire-2025-03', { scenario: 'ceasefire-2025-03' }],
  // Encoded separators, as some mail clients rewrite them.
  [
    '?scenario=us-plan-2025-11&custom=donetsk%3Aua%2Cother%3Aline',
    { custom: { donetsk: 'ua', other: 'line' } },
  ],
];

describe('permalinks of URL format 0 (no v)', () => {
  it.each(CASES)('%s', (link, expected) => {
    const { state, notices } = parseUrl(link, URL_CONTEXT);
    expect(notices).toEqual([]);
    expect(state).toMatchObject(expected);
  });

  it('tour links keep their tour and step', () => {
    const ctx = tourUrlContext(parseTours(TOUR_FILES, URL_CONTEXT.scenarios));
    for (const [link, tour, step] of [
      ['?tour=front-line-2022-2026&step=3', 'front-line-2022-2026', 2],
      ['?tour=proposals&step=1&present=1', 'proposals', 0],
    ] as const) {
      expect(parseTourUrl(link, ctx)).toEqual({ state: { tour, step }, notices: [] });
    }
  });
});

/** Links as the app writes them in format 1, each with what it must open (all of it: no defaults). */
const FORMAT_1: [string, Record<string, unknown>][] = [
  ['?v=1&scenario=controlled&date=2026-08-22', { scenario: 'controlled', variant: null, date: '2026-08-22' }],
  [
    '?v=1&scenario=plan-2025-12&variant=line&date=2026-08-22',
    { scenario: 'plan-2025-12', variant: 'line', compare: null },
  ],
  [
    '?v=1&scenario=kursk-exchange-2025-02&variant=unspecified&custom=kursk:line&date=2025-06-01&lang=uk',
    { variant: 'unspecified', custom: { kursk: 'line' }, date: '2025-06-01', lang: 'uk' },
  ],
  [
    '?v=1&scenario=us-plan-2025-11&compare=plan-2025-12&compare-variant=donbas-zone&split=35&date=2026-08-22',
    { scenario: 'us-plan-2025-11', compare: 'plan-2025-12', compareVariant: 'donbas-zone', split: 35 },
  ],
  // A scenario compared with itself: the reader's toggles against the proposal as it stands.
  [
    '?v=1&scenario=alaska-2025-08&variant=donbas&custom=donetsk:ua&compare=alaska-2025-08&compare-variant=donbas&split=50&date=2026-08-22',
    { variant: 'donbas', custom: { donetsk: 'ua' }, compare: 'alaska-2025-08', compareVariant: 'donbas' },
  ],
  // Two readings of one proposal side by side.
  [
    '?v=1&scenario=plan-2025-12&variant=line&compare=plan-2025-12&compare-variant=donbas-zone&split=70&date=2025-12-23&view=37.5,48.2,7.25',
    { variant: 'line', compareVariant: 'donbas-zone', split: 70, view: { lon: 37.5, lat: 48.2, zoom: 7.25 } },
  ],
  ['?embed=1&v=1&scenario=claimed&date=2024-02-29', { scenario: 'claimed', date: '2024-02-29' }],
];

/** The catalog as a later release might have it: every scenario's variants reordered, another default. */
const LATER: UrlContext = {
  scenarios: Object.fromEntries(
    Object.entries(URL_CONTEXT.scenarios).map(([id, variants]) => [id, [...variants].reverse()]),
  ),
  defaultScenario: 'claimed',
};

describe('permalinks of URL format 1 (v=1)', () => {
  it.each(FORMAT_1)('%s', (link, expected) => {
    const { state, notices } = parseUrl(link, URL_CONTEXT);
    expect(notices).toEqual([]);
    expect(state).toMatchObject(expected);
    // The app writes the link back as it was: it is the canonical form of that view.
    const keep = new URLSearchParams(link).has('embed') ? 'embed=1' : '';
    expect(serialiseUrl(state, URL_CONTEXT, keep)).toBe(link);
  });

  it.each(FORMAT_1)('%s opens the same after variants are reordered and the default changes', (link) => {
    expect(parseUrl(link, LATER)).toEqual(parseUrl(link, URL_CONTEXT));
  });

  it('an unknown format opens with a notice, read as format 1', () => {
    const { state, notices } = parseUrl('?v=7&scenario=claimed&compare=claimed&date=2024-01-01', URL_CONTEXT);
    expect(state).toMatchObject({ scenario: 'claimed', compare: 'claimed', date: '2024-01-01' });
    expect(notices).toEqual([{ kind: 'bad-value', param: 'v', value: '7' }]);
  });
});
