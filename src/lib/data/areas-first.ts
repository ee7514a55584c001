/**
 * The first view's figures (public/data/areas-first.json): areas.json on the latest date and on the
 * days the catalog pins its scenarios to, nothing else. The first view shows no other day, and the
 * whole series is a tenth of an embed's download; it comes with the history when a reader reaches
 * for time. In memory the subset becomes series of full length, NaN on the days still to come.
 */
import type { Areas } from './types.ts';

/** `areas` on the days in `keep` (and the latest), in date order. */
export function firstAreas(areas: Areas, keep: readonly string[]): Areas {
  const wanted = new Set([...keep, areas.dates.at(-1)!]);
  const at = areas.dates.flatMap((d, i) => (wanted.has(d) ? [i] : []));
  const pick = <T>(series: Record<string, T[]>) =>
    Object.fromEntries(Object.entries(series).map(([u, s]) => [u, at.map((i) => s[i])]));
  return {
    schema: areas.schema,
    dates: at.map((i) => areas.dates[i]),
    ru: pick(areas.ru),
    ua: pick(areas.ua),
    contested: pick(areas.contested),
    deepstateKm2: at.map((i) => areas.deepstateKm2[i]),
  };
}

/**
 * A subset spread over all of `dates`: NaN on the days it lacks, which `only` lists. Fails, naming
 * the day, when the subset has a day `dates` does not.
 */
export function expandAreas(first: Areas, dates: readonly string[]): Areas {
  const index = new Map(dates.map((d, i) => [d, i]));
  const at = first.dates.map((d) => {
    const i = index.get(d);
    if (i === undefined) throw new RangeError(`its day ${d} is not in manifest.json's dates`);
    return i;
  });
  const spread = <T>(s: readonly T[]) => {
    const out = new Array<T | number>(dates.length).fill(NaN);
    at.forEach((i, k) => (out[i] = s[k]));
    return out as T[];
  };
  const all = <T>(series: Record<string, T[]>) =>
    Object.fromEntries(Object.entries(series).map(([u, s]) => [u, spread(s)]));
  return {
    schema: first.schema,
    dates: [...dates],
    ru: all(first.ru),
    ua: all(first.ua),
    contested: all(first.contested),
    deepstateKm2: spread(first.deepstateKm2),
    only: at,
  };
}

/**
 * Puts the whole series into `target` in place, so that every view computed from it sees every day;
 * the history's arrival then recomputes them.
 */
export function fillAreas(target: Areas, full: Areas): void {
  target.ru = full.ru;
  target.ua = full.ua;
  target.contested = full.contested;
  target.deepstateKm2 = full.deepstateKm2;
  delete target.only;
}

/** Whether `areas` has figures for date index `i`. */
export const hasDay = (areas: Areas, i: number): boolean => !areas.only || areas.only.includes(i);

/** The fixed days the catalog's scenarios start their line from (`reference` as a date). */
export function pinnedDays(scenarios: readonly { reference: string }[]): string[] {
  return [...new Set(scenarios.map((s) => s.reference).filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r)))].sort();
}
