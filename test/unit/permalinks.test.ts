/**
 * Permalinks that never break: links written with URL format 1 must keep opening the same view.
 * Each case is a link as the app writes it (or an older, hand-written form) with the state it means.
 * A failure here means a release would change what published links show: add, never change.
 */
import { describe, expect, it } from 'vitest';
import { parseUrl } from '../../src/lib/state/url.ts';
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

describe('permalinks of URL format 1', () => {
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
