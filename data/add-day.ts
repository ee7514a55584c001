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
import { assertFeatureCollection, checkAreal, checkDate } from './validate.ts';
import type { DatedSeries } from './steps/history.ts';

/** The date of a day file: `--date`, else YYYYMMDD or YYYY-MM-DD in its name, else its features' `date`. */
function dateOf(file: string, data: unknown, given: string | undefined): string {
  if (given) return checkDate(given, file, '--date');
  const m = path.basename(file).match(/(\d{4})-?(\d{2})-?(\d{2})/);
  if (m) return checkDate(`${m[1]}-${m[2]}-${m[3]}`, file, 'file name');
  const prop = (data as { features?: { properties?: { date?: unknown } }[] }).features?.[0]?.properties?.date;
  if (prop !== undefined) return checkDate(prop, file, 'feature 0');
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

/**
 * Checks a day file and stores it in `addedDir`; returns the date it was stored under.
 * Nothing is written if the file is bad.
 */
export function addDay(file: string, addedDir: string, date?: string): string {
  const data = readJson(file);
  const day = dateOf(file, data, date);
  const geometry = polygonsOf(file, data);
  fs.mkdirSync(addedDir, { recursive: true });
  const out = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { date: day }, geometry }],
  };
  fs.writeFileSync(path.join(addedDir, `${day}.geojson`), JSON.stringify(out));
  return day;
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
