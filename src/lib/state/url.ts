/**
 * The URL is the API (DESIGN §6): pure parse and serialise of `v`, `scenario`, `variant`, `custom`,
 * `compare`, `compare-variant`, `split`, `buffer`, `date`, `view` and `lang`. Nothing here throws: a bad value
 * falls back to its default and yields a notice.
 *
 * Formats. A link without `v` is format 0, read as it always was: what it leaves out takes today's
 * defaults (the default scenario, a scenario's first variant). The app writes format 1 (`v=1`), which
 * names everything that defines the view even where it is the default — scenario, variant, the
 * compared scenario's variant and the divider — so that a later change of default or of the order of
 * a scenario's variants cannot change what an old link shows. Format 1 also lets a scenario be
 * compared with itself (another reading, or without the reader's toggles).
 */
import { isIsoDate, snapDate } from './dates.ts';
import { BUFFER_KM, RULE_REGIONS, type RuleRegion } from '../scenarios/schema.ts';
import { TOGGLES, type Custom, type Term } from '../scenarios/terms.ts';

import { LANGS, type Lang } from '../i18n/languages.ts';

export { LANGS, type Lang };

/** Map camera as written in the URL: `view=<lon>,<lat>,<zoom>`. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** The link format this release writes, `v=1`; links without `v` are format 0. */
export const URL_FORMAT = 1;
/** Formats this release reads. An unknown `v` is read as the newest, with a notice. */
const FORMATS: readonly string[] = ['0', '1'];

/** Compare divider: default, least and greatest position, % of the map's width from the left. */
export const SPLIT = { default: 50, min: 5, max: 95 } as const;

/** State the URL carries. `date` null means "the latest date". */
export interface UrlState {
  scenario: string;
  /** Reading of the scenario's open terms; null for its first (or when it has none). */
  variant: string | null;
  /** The reader's own toggles on top of the scenario: `custom=donetsk:ru,other:line`. */
  custom: Custom;
  /**
   * A second scenario shown beside the first, as proposed (without the reader's toggles):
   * `compare=<id>`; null for none. It may be the first scenario itself.
   */
  compare: string | null;
  /** Reading of the compared scenario's open terms: `compare-variant=<id>`; null for its first. */
  compareVariant: string | null;
  /** Compare divider, % of the map's width from the left: `split=<5–95>`, whole numbers. */
  split: number;
  /** A buffer zone's width, km: `buffer=<1–50>`, whole numbers; null for the scenario's own. */
  buffer: number | null;
  date: string | null;
  view: View | null;
  lang: Lang;
}

/** The parameters this module reads and writes, in the order it writes them. */
export const URL_PARAMS = [
  'v',
  'scenario',
  'variant',
  'custom',
  'compare',
  'compare-variant',
  'split',
  'buffer',
  'date',
  'view',
  'lang',
] as const;
export type UrlParam = (typeof URL_PARAMS)[number];

/** Something the reader asked for that could not be honoured exactly. */
export type UrlNotice =
  | {
      kind: 'bad-value';
      param: UrlParam | 'tour' | 'step';
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

/** `split`: a number from 5 to 95 (a fraction is rounded), or null. */
function parseSplit(raw: string): number | null {
  if (!/^\d{1,3}(\.\d{1,6})?$/.test(raw)) return null;
  const n = Math.round(Number(raw));
  return n >= SPLIT.min && n <= SPLIT.max ? n : null;
}

/** `buffer`: a whole number of km within BUFFER_KM, or null. */
function parseBuffer(raw: string): number | null {
  if (!/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= BUFFER_KM.min && n <= BUFFER_KM.max ? n : null;
}

/**
 * Parses a query string (with or without `?`). Dates are checked for form here, against data later.
 * Reads format 0 (no `v`) and format 1 alike, but for one rule: format 0 never compared a scenario
 * with itself, so such a link opens without the comparison, as it always did.
 */
export function parseUrl(search: string, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  const q = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = {
    scenario: ctx.defaultScenario,
    variant: null,
    custom: {},
    compare: null,
    compareVariant: null,
    split: SPLIT.default,
    buffer: null,
    date: null,
    view: null,
    lang: 'en',
  };

  const v = q.get('v');
  let format = 0;
  if (v !== null) {
    if (FORMATS.includes(v)) format = Number(v);
    else {
      // A link from a newer release: read as the newest format known, which names everything too.
      format = URL_FORMAT;
      notices.push({ kind: 'bad-value', param: 'v', value: v });
    }
  }

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
    const self = format === 0 && compare === state.scenario;
    if (Object.hasOwn(ctx.scenarios, compare) && !self) state.compare = compare;
    else notices.push({ kind: 'bad-value', param: 'compare', value: compare });
  }
  const compareVariant = q.get('compare-variant');
  if (compareVariant !== null) {
    if (state.compare !== null && ctx.scenarios[state.compare].includes(compareVariant))
      state.compareVariant = compareVariant;
    else notices.push({ kind: 'bad-value', param: 'compare-variant', value: compareVariant });
  }
  const split = q.get('split');
  if (split !== null) {
    const n = parseSplit(split);
    if (n !== null) state.split = n;
    else notices.push({ kind: 'bad-value', param: 'split', value: split });
  }
  const buffer = q.get('buffer');
  if (buffer !== null) {
    const n = parseBuffer(buffer);
    if (n !== null) state.buffer = n;
    else notices.push({ kind: 'bad-value', param: 'buffer', value: buffer });
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
 * Writes the state into a query string in format 1, keeping parameters this module does not own
 * (`embed`, `present`, …) as they were. Everything that defines the view is named, defaults
 * included: the scenario, its variant (the first when none was chosen), the compared scenario with
 * its variant and the divider, and the date, so a permalink keeps meaning the same view as new data
 * arrives and defaults change. Only the language (English) and the camera (not yet moved) are left
 * out when they are the defaults, which never change.
 */
export function serialiseUrl(state: UrlState, ctx: UrlContext, keep = ''): string {
  const q = new URLSearchParams(keep);
  for (const k of URL_PARAMS) q.delete(k);
  q.set('v', String(URL_FORMAT));
  q.set('scenario', state.scenario);
  const variant = state.variant ?? ctx.scenarios[state.scenario]?.[0];
  if (variant) q.set('variant', variant);
  const custom = RULE_REGIONS.filter((r) => state.custom[r]).map((r) => `${r}:${state.custom[r]}`);
  if (custom.length) q.set('custom', custom.join(','));
  if (state.compare) {
    q.set('compare', state.compare);
    const compareVariant = state.compareVariant ?? ctx.scenarios[state.compare]?.[0];
    if (compareVariant) q.set('compare-variant', compareVariant);
    q.set('split', String(state.split));
  }
  if (state.buffer !== null) q.set('buffer', String(state.buffer));
  if (state.date) q.set('date', state.date);
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    q.set('view', `${round(lon, 4)},${round(lat, 4)},${round(zoom, 2)}`);
  }
  if (state.lang !== 'en') q.set('lang', state.lang);
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}
