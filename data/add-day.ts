/**
 * Adding a newer (or corrected) day of control: the user's file, in cyterat's single-day format, is
 * checked and stored in the added-days folder as YYYY-MM-DD.geojson; the next build merges it with
 * top priority, so a date already present is replaced, not duplicated.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Geometry, MultiPolygon, Position } from 'geojson';
import { DataError } from './errors.ts';
import { readJson } from './io.ts';
import { assertFeatureCollection, checkAreal, checkDayDate } from './validate.ts';
import type { DatedSeries } from './steps/history.ts';
import type { UpstreamDay } from '../src/lib/data/types.ts';

/**
 * The date of a day file: `--date`, else YYYYMMDD or YYYY-MM-DD in its name, else its features'
 * `date`; from the invasion to tomorrow (a file dated 2099 would carry the last real day over every
 * day between).
 */
function dateOf(file: string, data: unknown, given: string | undefined): string {
  if (given) return checkDayDate(given, file, { feature: '--date' });
  const m = path.basename(file).match(/(\d{4})-?(\d{2})-?(\d{2})/);
  if (m) return checkDayDate(`${m[1]}-${m[2]}-${m[3]}`, file, { feature: 'file name' });
  const prop = (data as { features?: { properties?: { date?: unknown } }[] }).features?.[0]?.properties?.date;
  if (prop !== undefined) return checkDayDate(prop, file, { feature: 'feature 0' });
  throw new DataError(file, 'no date: pass --date YYYY-MM-DD or put the date in the file name');
}

/** All polygons of a Feature, FeatureCollection or bare geometry, as one MultiPolygon. */
function polygonsOf(file: string, data: unknown): MultiPolygon {
  const geometries: { g: Geometry | null; label: string }[] = [];
  const d = data as { type?: string; geometry?: Geometry; features?: unknown };
  if (d?.type === 'FeatureCollection') {
    assertFeatureCollection(data, file);
    data.features.forEach((f, i) => {
      const date = f.properties?.date;
      geometries.push({ g: f.geometry, label: `feature ${i}${typeof date === 'string' ? `, ${date}` : ''}` });
    });
  } else if (d?.type === 'Feature') geometries.push({ g: d.geometry ?? null, label: 'feature' });
  else geometries.push({ g: data as Geometry, label: 'geometry' });
  if (geometries.length === 0) throw new DataError(file, 'no features');
  const coordinates: Position[][][] = [];
  for (const { g, label } of geometries) {
    const areal = checkAreal(g, file, label);
    if (areal.type === 'Polygon') coordinates.push(areal.coordinates);
    else coordinates.push(...areal.coordinates);
  }
  const merged: MultiPolygon = { type: 'MultiPolygon', coordinates };
  // Each feature is valid on its own; together their polygons must not overlap either (they are summed).
  if (geometries.length > 1) checkAreal(merged, file, 'all features as one MultiPolygon');
  return merged;
}

/** A checked day of control: its date, the occupied land, and where it came from if fetched. */
export interface CheckedDay {
  date: string;
  geometry: MultiPolygon;
  upstream?: UpstreamDay;
}

/**
 * Checks a day file's parsed content (`file` names it in errors: a path or a URL): its date, from
 * `date`, its name or its features, and its polygons. The same checks for `--add-day` and the update.
 */
export function checkDay(file: string, data: unknown, date?: string): CheckedDay {
  return { date: dateOf(file, data, date), geometry: polygonsOf(file, data) };
}

/** The file a checked day is stored as: its name in the added-days folder, and its content. */
export function storedDay(day: CheckedDay): { name: string; content: string } {
  const properties = day.upstream ? { date: day.date, upstream: day.upstream } : { date: day.date };
  const out = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties, geometry: day.geometry }],
  };
  return { name: `${day.date}.geojson`, content: JSON.stringify(out) };
}

/** Stores a checked day in `addedDir` as YYYY-MM-DD.geojson, replacing that date's file if any. */
export function storeDay(addedDir: string, day: CheckedDay): void {
  fs.mkdirSync(addedDir, { recursive: true });
  const { name, content } = storedDay(day);
  // Written beside and renamed, so a stored day is never half a file.
  const file = path.join(addedDir, name);
  fs.writeFileSync(`${file}.tmp`, content);
  fs.renameSync(`${file}.tmp`, file);
}

/** Where the stored days that were fetched from the upstream came from, by date. */
export function addedProvenance(days: readonly DatedSeries[]): UpstreamDay[] {
  return days.flatMap((s) =>
    s.data.features.flatMap((f) => {
      const up = (f.properties as { upstream?: UpstreamDay } | null)?.upstream;
      return up ? [up] : [];
    }),
  );
}

/** The stored added days, as one series (empty when there are none). */
export function readAddedDays(addedDir: string): DatedSeries[] {
  if (!fs.existsSync(addedDir)) return [];
  const features = fs
    .readdirSync(addedDir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .flatMap((f) => {
      const file = path.join(addedDir, f);
      const data = readJson(file);
      assertFeatureCollection(data, file);
      return data.features;
    });
  return features.length ? [{ file: addedDir, data: { type: 'FeatureCollection', features } }] : [];
}
