/**
 * The URL is the API (DESIGN §6): pure parse and serialise of `scenario`, `date`, `view` and `lang`.
 * Nothing here throws: a bad value falls back to its default and yields a notice for the reader.
 */
import { isIsoDate, snapDate } from './dates.ts';

export type Lang = 'en' | 'uk';
export const LANGS: readonly Lang[] = ['en', 'uk'];

/** Map camera as written in the URL: `view=<lon>,<lat>,<zoom>`. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** State the URL carries. `date` null means "the latest date". */
export interface UrlState {
  scenario: string;
  date: string | null;
  view: View | null;
  lang: Lang;
}

/** Something the reader asked for that could not be honoured exactly. */
export type UrlNotice =
  | { kind: 'bad-value'; param: 'scenario' | 'date' | 'view' | 'lang'; value: string }
  | { kind: 'date-snapped'; value: string; to: string };

/** Everything the parser needs to know about the data. */
export interface UrlContext {
  scenarios: readonly string[];
  defaultScenario: string;
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
  const state: UrlState = { scenario: ctx.defaultScenario, date: null, view: null, lang: 'en' };

  const scenario = q.get('scenario');
  if (scenario !== null) {
    if (ctx.scenarios.includes(scenario)) state.scenario = scenario;
    else notices.push({ kind: 'bad-value', param: 'scenario', value: scenario });
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
  for (const k of ['scenario', 'date', 'view', 'lang']) q.delete(k);
  if (state.scenario !== ctx.defaultScenario) q.set('scenario', state.scenario);
  if (state.date) q.set('date', state.date);
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    q.set('view', `${round(lon, 4)},${round(lat, 4)},${round(zoom, 2)}`);
  }
  if (state.lang !== 'en') q.set('lang', state.lang);
  const s = q.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
