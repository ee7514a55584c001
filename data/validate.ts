/** Checks on raw inputs, so bad data stops the pipeline with a message naming file, feature and problem. */
import * as v from 'valibot';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { DataError } from './errors.ts';

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  v.check(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a calendar date',
  ),
);

const FeatureCollectionShape = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      properties: v.nullable(v.record(v.string(), v.unknown())),
      geometry: v.unknown(),
    }),
  ),
});

/** Asserts the parsed JSON is a GeoJSON FeatureCollection. */
export function assertFeatureCollection(data: unknown, file: string): asserts data is FeatureCollection {
  const result = v.safeParse(FeatureCollectionShape, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new DataError(file, `not a GeoJSON FeatureCollection: ${path} ${issue.message}`);
  }
}

/** Returns the date if it is a real YYYY-MM-DD calendar date; otherwise throws naming the feature. */
export function checkDate(value: unknown, file: string, feature: string): string {
  const result = v.safeParse(IsoDate, value);
  if (!result.success)
    throw new DataError(file, `bad date ${JSON.stringify(value)}: ${result.issues[0].message}`, feature);
  return result.output;
}

function checkRing(ring: unknown, where: string, file: string, feature: string): void {
  if (!Array.isArray(ring) || ring.length < 4)
    throw new DataError(file, `${where}: a ring needs at least 4 positions`, feature);
  for (const p of ring as Position[]) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
      throw new DataError(
        file,
        `${where}: position ${JSON.stringify(p)} is not a [lon, lat] pair of numbers`,
        feature,
      );
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      throw new DataError(file, `${where}: position ${JSON.stringify(p)} is outside lon/lat range`, feature);
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    throw new DataError(file, `${where}: ring is not closed`, feature);
}

/** Asserts a non-empty, well-formed Polygon or MultiPolygon (structure only; self-intersection is not checked). */
export function assertAreal(
  geometry: Geometry | null | undefined,
  file: string,
  feature: string,
): asserts geometry is Polygon | MultiPolygon {
  if (!geometry) throw new DataError(file, 'geometry is missing', feature);
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
    throw new DataError(file, `geometry must be a Polygon or MultiPolygon, not ${geometry.type}`, feature);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0)
    throw new DataError(file, 'geometry is empty', feature);
  polygons.forEach((rings, i) => {
    if (!Array.isArray(rings) || rings.length === 0)
      throw new DataError(file, `polygon ${i} has no rings`, feature);
    rings.forEach((ring, j) => checkRing(ring, `polygon ${i} ring ${j}`, file, feature));
  });
}

/**
 * Rejects a day after tomorrow (UTC): a file dated in the future is a mistake, and would carry the
 * last real day forward over every day between.
 */
export function checkFutureDate(date: string, file: string, today = new Date()): void {
  const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
  if (date > tomorrow.toISOString().slice(0, 10))
    throw new DataError(
      file,
      `the day ${date} is in the future (today is ${today.toISOString().slice(0, 10)} UTC)`,
    );
}
