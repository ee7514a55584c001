/**
 * Property tests of the URL (fast-check): any query string parses without throwing into a valid
 * state; every state a reader can reach survives a trip through the URL unchanged, and keeps showing
 * the same view when the catalog's defaults change later; a link without `v` opens as it did before
 * format 1 existed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, parseUrl, serialiseUrl, SPLIT, URL_PARAMS, type UrlContext, type UrlState } from './url.ts';
import { URL_CONTEXT } from './app.svelte.ts';
import { BUFFER_KM, RULE_REGIONS } from '../scenarios/schema.ts';
import { TOGGLES, type Custom } from '../scenarios/terms.ts';
import { isIsoDate } from './dates.ts';
import { parseFormat0 } from './url-format0.test-data.ts';
import { holds, runs } from '../property.test-data.ts';

const ids = Object.keys(URL_CONTEXT.scenarios);

/** An oracle written apart from the parser: what a parsed state may hold. */
function valid(s: UrlState, ctx: UrlContext = URL_CONTEXT): boolean {
  const variants = ctx.scenarios[s.scenario];
  const compared = s.compare === null ? null : ctx.scenarios[s.compare];
  return (
    Object.hasOwn(ctx.scenarios, s.scenario) &&
    (s.variant === null || variants.includes(s.variant)) &&
    (s.compare === null || Object.hasOwn(ctx.scenarios, s.compare)) &&
    (s.compareVariant === null || !!compared?.includes(s.compareVariant)) &&
    Number.isInteger(s.split) &&
    s.split >= SPLIT.min &&
    s.split <= SPLIT.max &&
    (s.buffer === null ||
      (Number.isInteger(s.buffer) && s.buffer >= BUFFER_KM.min && s.buffer <= BUFFER_KM.max)) &&
    Object.entries(s.custom).every(([r, t]) => TOGGLES[r as keyof typeof TOGGLES]?.includes(t)) &&
    (s.date === null || isIsoDate(s.date)) &&
    LANGS.includes(s.lang) &&
    (s.view === null ||
      (Math.abs(s.view.lon) <= 180 && Math.abs(s.view.lat) <= 85 && s.view.zoom >= 0 && s.view.zoom <= 22))
  );
}

const PARAMS = [...URL_PARAMS, 'embed', 'tour', 'x'];
const variantIds = ids.flatMap((id) => URL_CONTEXT.scenarios[id]);
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    ...ids,
    ...variantIds,
    '0',
    '1',
    '7',
    '50',
    '4',
    '95.5',
    '51',
    '15.5',
    '030',
    'donetsk:ru,other:ua',
    '2024-02-29',
    '2023-02-29',
    '37.8,48,7',
    '<script>',
    '"><img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    '%',
    '&&',
    'x'.repeat(5000),
  ),
  fc.string({ unit: fc.constantFrom('a', ':', ',', '-', '9', '.', '%', '=', '&', '?', '<', 'ї', '𝕏') }),
);
/** Parameters from the URL's own with hostile values, encoded as a browser would send them. */
const query = fc
  .array(fc.tuple(fc.constantFrom(...PARAMS), hostile), { maxLength: 10 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
/** Whatever the address bar may hold, not encoded at all. */
const raw = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 500 }),
  query.map((q) => decodeURIComponent(q)),
);

/** A state the app can be in: explicit variants or none (the first), toggles, a comparison, a divider. */
const anyState: fc.Arbitrary<UrlState> = fc
  .record({
    scenario: fc.constantFrom(...ids),
    variantPick: fc.option(fc.nat(), { nil: null }),
    custom: fc.dictionary(fc.constantFrom(...RULE_REGIONS), fc.nat(), { maxKeys: 7 }),
    compare: fc.option(fc.constantFrom(...ids), { nil: null }),
    compareVariantPick: fc.option(fc.nat(), { nil: null }),
    split: fc.integer({ min: SPLIT.min, max: SPLIT.max }),
    buffer: fc.option(fc.integer({ min: BUFFER_KM.min, max: BUFFER_KM.max }), { nil: null }),
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
  .map(({ scenario, variantPick, custom, compare, compareVariantPick, split, buffer, date, view, lang }) => {
    const pick = (id: string | null, n: number | null) => {
      const variants = id === null ? [] : URL_CONTEXT.scenarios[id];
      return variants.length && n !== null ? variants[n % variants.length] : null;
    };
    const toggles: Custom = {};
    for (const [r, n] of Object.entries(custom) as [keyof typeof TOGGLES, number][])
      toggles[r] = TOGGLES[r][n % TOGGLES[r].length];
    return {
      scenario,
      variant: pick(scenario, variantPick),
      custom: toggles,
      compare,
      compareVariant: pick(compare, compareVariantPick),
      split: compare === null ? SPLIT.default : split,
      buffer,
      date: date ? date.toISOString().slice(0, 10) : null,
      view,
      lang,
    };
  });

/** The variant a state shows in `ctx`: the one named, else the scenario's first there. */
const shownVariant = (ctx: UrlContext, id: string | null, variant: string | null) =>
  id === null ? null : (variant ?? ctx.scenarios[id][0] ?? null);

/** What a link written as format 1 names for its variants: the default ones spelled out. */
const named = (s: UrlState, ctx: UrlContext = URL_CONTEXT): UrlState => ({
  ...s,
  variant: shownVariant(ctx, s.scenario, s.variant),
  compareVariant: shownVariant(ctx, s.compare, s.compareVariant),
});

/** The catalog a later release might have: each scenario's variants reversed, another default. */
const later = fc.constantFrom(...ids).map((defaultScenario): UrlContext => ({
  scenarios: Object.fromEntries(ids.map((id) => [id, [...URL_CONTEXT.scenarios[id]].reverse()])),
  defaultScenario,
}));

describe('URL properties', () => {
  it(`never throws on any query and always yields a valid state ${runs(2000)}`, () => {
    holds(
      fc.property(fc.oneof(query, raw), (q) => {
        const { state: s, notices } = parseUrl(q, URL_CONTEXT);
        expect(valid(s)).toBe(true);
        for (const n of notices) if (n.kind === 'bad-value') expect(URL_PARAMS).toContain(n.param);
      }),
      2000,
    );
  });

  it(`round-trips every reachable state, keeping other parameters ${runs(2000)}`, () => {
    holds(
      fc.property(anyState, (s) => {
        const q = serialiseUrl(s, URL_CONTEXT, 'embed=1&tour=proposals&step=2');
        expect(parseUrl(q, URL_CONTEXT)).toEqual({ state: named(s), notices: [] });
        expect(q).toMatch(/^\?embed=1&tour=proposals&step=2&v=1&scenario=/);
        // Written once, it reads back to itself: nothing left to default.
        expect(serialiseUrl(named(s), URL_CONTEXT, 'embed=1&tour=proposals&step=2')).toBe(q);
      }),
      2000,
    );
  });

  it(`a written link shows the same view after variants are reordered and the default changes ${runs()}`, () => {
    holds(
      fc.property(anyState, later, (s, ctx) => {
        const { state, notices } = parseUrl(serialiseUrl(s, URL_CONTEXT), ctx);
        expect(notices).toEqual([]);
        expect(state).toEqual(named(s));
        expect(shownVariant(ctx, state.scenario, state.variant)).toBe(
          shownVariant(URL_CONTEXT, s.scenario, s.variant),
        );
        expect(shownVariant(ctx, state.compare, state.compareVariant)).toBe(
          shownVariant(URL_CONTEXT, s.compare, s.compareVariant),
        );
      }),
    );
  });

  it(`opens a link without v exactly as before format 1 ${runs(2000)}`, () => {
    const old = fc
      .array(
        fc.tuple(
          fc.constantFrom('scenario', 'variant', 'custom', 'compare', 'date', 'view', 'lang', 'x'),
          hostile,
        ),
        { maxLength: 10 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    holds(
      fc.property(old, (q) => {
        const before = parseFormat0(q, URL_CONTEXT);
        const now = parseUrl(q, URL_CONTEXT);
        expect(now.notices).toEqual(before.notices);
        expect(now.state).toEqual({
          ...before.state,
          compareVariant: null,
          split: SPLIT.default,
          buffer: null,
        });
      }),
      2000,
    );
  });
});
