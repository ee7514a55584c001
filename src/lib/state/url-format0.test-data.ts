/**
 * The URL parser as it was before format 1 (commit 45bcf2d), frozen as an oracle: a link without `v`
 * must open exactly as it did then (`url.property.test.ts`). Never edit it to follow url.ts.
 */
import { isIsoDate } from './dates.ts';
import { RULE_REGIONS, type RuleRegion } from '../scenarios/schema.ts';
import { TOGGLES, type Custom, type Term } from '../scenarios/terms.ts';
import { LANGS, type Lang, type UrlContext, type View } from './url.ts';

/** The state format 0 links carried. */
export interface Format0State {
  scenario: string;
  variant: string | null;
  custom: Custom;
  compare: string | null;
  date: string | null;
  view: View | null;
  lang: Lang;
}

/** Its notices. */
export interface Format0Notice {
  kind: 'bad-value';
  param: string;
  value: string;
}

/** Parses `custom`; entries naming an unknown region or a toggle the region does not offer are bad. */
function parseCustom(raw: string): { custom: Custom; bad: string[] } {
  const custom: Custom = {};
  const bad: string[] = [];
  for (const entry of raw.split(',')) {
    if (!entry) continue;
    const [region, term] = entry.split(':');
    const ok =
      (RULE_REGIONS as readonly string[]).includes(region) &&
      TOGGLES[region as RuleRegion].includes(term as Term);
    if (ok) custom[region as RuleRegion] = term as Term;
    else bad.push(entry);
  }
  return { custom, bad };
}

function parseView(raw: string): View | null {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number);
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

/** Parses a query string (with or without `?`). Dates are checked for form here, against data later. */
export function parseFormat0(
  search: string,
  ctx: UrlContext,
): { state: Format0State; notices: Format0Notice[] } {
  const q = new URLSearchParams(search);
  const notices: Format0Notice[] = [];
  const state: Format0State = {
    scenario: ctx.defaultScenario,
    variant: null,
    custom: {},
    compare: null,
    date: null,
    view: null,
    lang: 'en',
  };

  const scenario = q.get('scenario');
  if (scenario !== null) {
    if (Object.hasOwn(ctx.scenarios, scenario)) state.scenario = scenario;
    else notices.push({ kind: 'bad-value', param: 'scenario', value: scenario });
  }
  const variant = q.get('variant');
  if (variant !== null) {
    if (ctx.scenarios[state.scenario].includes(variant)) state.variant = variant;
    else notices.push({ kind: 'bad-value', param: 'variant', value: variant });
  }
  const custom = q.get('custom');
  if (custom !== null) {
    const { custom: parsed, bad } = parseCustom(custom);
    state.custom = parsed;
    if (bad.length) notices.push({ kind: 'bad-value', param: 'custom', value: bad.join(',') });
  }
  const compare = q.get('compare');
  if (compare !== null) {
    if (Object.hasOwn(ctx.scenarios, compare) && compare !== state.scenario) state.compare = compare;
    else notices.push({ kind: 'bad-value', param: 'compare', value: compare });
  }
  const date = q.get('date');
  if (date !== null) {
    if (isIsoDate(date)) state.date = date;
    else notices.push({ kind: 'bad-value', param: 'date', value: date });
  }
  const view = q.get('view');
  if (view !== null) {
    state.view = parseView(view);
    if (!state.view) notices.push({ kind: 'bad-value', param: 'view', value: view });
  }
  const lang = q.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else notices.push({ kind: 'bad-value', param: 'lang', value: lang });
  }
  return { state, notices };
}
