/**
 * The daily control series: several dated sources merged into one day-by-day list, where a day no
 * source covers is carried forward from the last known day and marked as such.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DataError } from '../errors.ts';
import { checkAreal, checkDate } from '../validate.ts';

/** One input series of dated occupation polygons, in cyterat's schema ({date} + MultiPolygon). */
export interface DatedSeries {
  file: string;
  data: FeatureCollection;
}

export interface Day {
  date: string;
  geometry: MultiPolygon;
  /** No source has this date: the geometry is the previous day's. */
  carried: boolean;
}

/** Reads a series into date → geometry, checking every feature's date and geometry (validate.ts). */
export function readSeries({ file, data }: DatedSeries): Map<string, MultiPolygon> {
  const byDate = new Map<string, MultiPolygon>();
  data.features.forEach((f, i) => {
    const label = `feature ${i}`;
    const date = checkDate(f.properties?.date, file, label);
    const geometry = checkAreal(f.geometry, file, `${label}, ${date}`);
    if (byDate.has(date)) throw new DataError(file, `date ${date} appears twice`, label);
    byDate.set(date, toMulti(geometry));
  });
  if (byDate.size === 0) throw new DataError(file, 'no dated features');
  return byDate;
}

function toMulti(g: Polygon | MultiPolygon): MultiPolygon {
  return g.type === 'MultiPolygon' ? g : { type: 'MultiPolygon', coordinates: [g.coordinates] };
}

/** Next calendar day of a YYYY-MM-DD date (UTC, so no daylight-saving surprises). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Merges series into one daily list from the earliest to the latest date.
 * @param series in priority order: where two series have the same date, the earlier one wins
 */
export function mergeHistory(series: Map<string, MultiPolygon>[]): Day[] {
  const merged = new Map<string, MultiPolygon>();
  for (const s of series) for (const [date, g] of s) if (!merged.has(date)) merged.set(date, g);
  const dates = [...merged.keys()].sort();
  const days: Day[] = [];
  const last = dates[dates.length - 1];
  let previous: MultiPolygon | undefined;
  for (let date = dates[0]; date <= last; date = nextDay(date)) {
    const own = merged.get(date);
    if (own) previous = own;
    days.push({ date, geometry: own ?? previous!, carried: !own });
  }
  return days;
}
