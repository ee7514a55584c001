/**
 * Property tests of the URL (fast-check): any query string parses without throwing into a valid
 * state, and every state a reader can reach survives a trip through the URL unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, parseUrl, serialiseUrl, type UrlState } from './url.ts';
import { URL_CONTEXT } from './app.svelte.ts';
import { RULE_REGIONS } from '../scenarios/schema.ts';
import { TOGGLES, type Custom } from '../scenarios/terms.ts';
import { isIsoDate } from './dates.ts';

const ids = Object.keys(URL_CONTEXT.scenarios);

function valid(s: UrlState): boolean {
  const variants = URL_CONTEXT.scenarios[s.scenario];
  return (
    !!variants &&
    (s.variant === null || variants.includes(s.variant)) &&
    (s.compare === null || (s.compare !== s.scenario && ids.includes(s.compare))) &&
    Object.entries(s.custom).every(([r, t]) => TOGGLES[r as keyof typeof TOGGLES]?.includes(t)) &&
    (s.date === null || isIsoDate(s.date)) &&
    LANGS.includes(s.lang) &&
    (s.view === null || (Math.abs(s.view.lon) <= 180 && Math.abs(s.view.lat) <= 85 && s.view.zoom >= 0))
  );
}

const PARAMS = ['scenario', 'variant', 'custom', 'compare', 'date', 'view', 'lang', 'embed', 'tour', 'x'];
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    ...ids,
    'donetsk:ru,other:ua',
    '2024-02-29',
    '2023-02-29',
    '37.8,48,7',
    '<script>',
    '%',
    '&&',
  ),
  fc.string({ unit: fc.constantFrom('a', ':', ',', '-', '9', '%', '=', '&', '?', '<', 'ї') }),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...PARAMS), hostile), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

const state: fc.Arbitrary<UrlState> = fc
  .record({
    scenario: fc.constantFrom(...ids),
    variantPick: fc.nat(),
    custom: fc.dictionary(fc.constantFrom(...RULE_REGIONS), fc.nat(), { maxKeys: 7 }),
    compare: fc.option(fc.constantFrom(...ids), { nil: null }),
    date: fc.option(
      fc.date({
        min: new Date('2022-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      { nil: null },
    ),
    view: fc.option(
      fc.record({
        lon: fc.integer({ min: -1800000, max: 1800000 }).map((x) => x / 1e4),
        lat: fc.integer({ min: -850000, max: 850000 }).map((x) => x / 1e4),
        zoom: fc.integer({ min: 0, max: 2200 }).map((x) => x / 100),
      }),
      { nil: null },
    ),
    lang: fc.constantFrom(...LANGS),
  })
  .map(({ scenario, variantPick, custom, compare, date, view, lang }) => {
    const variants = URL_CONTEXT.scenarios[scenario];
    const picked = variants.length ? variants[variantPick % variants.length] : null;
    const toggles: Custom = {};
    for (const [r, n] of Object.entries(custom) as [keyof typeof TOGGLES, number][])
      toggles[r] = TOGGLES[r][n % TOGGLES[r].length];
    return {
      scenario,
      // The first reading is the default and is not written, so it reads back as null.
      variant: picked === variants[0] ? null : picked,
      custom: toggles,
      compare: compare === scenario ? null : compare,
      date: date ? date.toISOString().slice(0, 10) : null,
      view,
      lang,
    };
  });

describe('URL properties', () => {
  it('never throws on any query and always yields a valid state', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state: s } = parseUrl(q, URL_CONTEXT);
        expect(valid(s)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every reachable state, keeping other parameters', () => {
    fc.assert(
      fc.property(state, (s) => {
        const q = serialiseUrl(s, URL_CONTEXT, 'embed=1&tour=proposals&step=2');
        expect(parseUrl(q, URL_CONTEXT)).toEqual({ state: s, notices: [] });
        expect(q).toContain('embed=1');
        expect(q).toContain('tour=proposals');
      }),
      { numRuns: 2000 },
    );
  });
});
