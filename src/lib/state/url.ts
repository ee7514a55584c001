/**
 * The URL is the API (DESIGN §6): pure parse and serialise of `scenario`, `variant`, `custom`, `date`,
 * `view` and `lang`. Nothing here throws: a bad value falls back to its default and yields a notice.
 */
import { isIsoDate, snapDate } from './dates.ts';
import { RULE_REGIONS, type RuleRegion } from '../scenarios/schema.ts';
import { TOGGLES, type Custom, type Term } from '../scenarios/terms.ts';

import { LANGS, type Lang } from '../i18n/languages.ts';

export { LANGS, type Lang };

/** Map camera as written in the URL: `view=<lon>,<lat>,<zoom>`. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** State the URL carries. `date` null means "the latest date". */
export interface UrlState {
  scenario: string;
  /** Reading of the scenario's open terms; null for its first (or when it has none). */
  variant: string | null;
  /** The reader's own toggles on top of the scenario: `custom=donetsk:ru,other:line`. */
  custom: Custom;
  /** A second scenario shown beside the first: `compare=<id>`; null for none. */
  compare: string | null;
  date: string | null;
  view: View | null;
  lang: Lang;
}

/** Something the reader asked for that could not be honoured exactly. */
export type UrlNotice =
  | {
      kind: 'bad-value';
      param: 'scenario' | 'variant' | 'custom' | 'compare' | 'date' | 'view' | 'lang' | 'tour' | 'step';
      value: string;
    }
  | { kind: 'date-snapped'; value: string; to: string };

/** Everything the parser needs to know about the data. */
export interface UrlContext {
  /** Scenario ids, each with the ids of its variants (empty when it has none). */
  scenarios: Readonly<Record<string, readonly string[]>>;
  defaultScenario: string;
}

/** Page modes the URL switches on: `embed=1` (chrome-less, for iframes), `present=1` (classroom). */
export interface Modes {
  embed: boolean;
  present: boolean;
}

/** Reads the mode flags; they are kept in the URL as they are, never rewritten. */
export function parseModes(search: string): Modes {
  const q = new URLSearchParams(search);
  return { embed: q.get('embed') === '1', present: q.get('present') === '1' };
}

/** The query string without some parameters, e.g. the embed's link out drops `embed`. */
export function dropParams(search: string, names: readonly string[]): string {
  const q = new URLSearchParams(search);
  for (const n of names) q.delete(n);
  return q.toString();
}

/** The query string with a mode flag set to 1 or removed. */
export function setFlag(search: string, name: keyof Modes, on: boolean): string {
  const q = new URLSearchParams(search);
  if (on) q.set(name, '1');
  else q.delete(name);
  return q.toString();
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
export function parseUrl(search: string, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  const q = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = {
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

/**
 * Places a requested date in the data: no date means the latest; a date outside the data snaps to
 * the nearest available one, with a notice.
 */
export function resolveDate(
  dates: readonly string[],
  date: string | null,
): { index: number; notice: UrlNotice | null } {
  if (date === null) return { index: dates.length - 1, notice: null };
  const { index, snapped } = snapDate(dates, date);
  return { index, notice: snapped ? { kind: 'date-snapped', value: date, to: dates[index] } : null };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * Writes the state into a query string, keeping parameters this module does not own (`embed`,
 * `present`, …) as they were. The date is always written, so a permalink keeps meaning the same day
 * as new data arrives; defaults for scenario and language are left out to keep links short.
 */
export function serialiseUrl(state: UrlState, ctx: UrlContext, keep = ''): string {
  const q = new URLSearchParams(keep);
  for (const k of ['scenario', 'variant', 'custom', 'compare', 'date', 'view', 'lang']) q.delete(k);
  if (state.scenario !== ctx.defaultScenario) q.set('scenario', state.scenario);
  if (state.variant && state.variant !== ctx.scenarios[state.scenario]?.[0]) q.set('variant', state.variant);
  const custom = RULE_REGIONS.filter((r) => state.custom[r]).map((r) => `${r}:${state.custom[r]}`);
  if (custom.length) q.set('custom', custom.join(','));
  if (state.compare) q.set('compare', state.compare);
  if (state.date) q.set('date', state.date);
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    q.set('view', `${round(lon, 4)},${round(lat, 4)},${round(zoom, 2)}`);
  }
  if (state.lang !== 'en') q.set('lang', state.lang);
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}
