/** Checks on raw inputs, so bad data stops the pipeline with a message naming file, feature and problem. */
import * as v from 'valibot';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { DataError, safeText, snippet, SNIPPET_CHARS } from './errors.ts';
import { validAreal, type ArealOptions } from './validate-geometry.ts';

export { PROJECT_EXTENT, validAreal, type ArealOptions, type Extent } from './validate-geometry.ts';

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
    throw new DataError(file, `bad date ${snippet(value)}: ${result.issues[0].message}`, feature);
  return result.output;
}

/**
 * Checks a geometry is a non-empty, valid Polygon or MultiPolygon: closed rings of finite positions
 * inside `extent`, no ring crossing itself, no rings crossing, holes inside their shells (see
 * validate-geometry.ts). Returns it with repeated consecutive positions dropped.
 */
export function checkAreal(
  geometry: Geometry | null | undefined,
  file: string,
  feature: string,
  options?: ArealOptions,
): Polygon | MultiPolygon {
  if (!geometry) throw new DataError(file, 'geometry is missing', feature);
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
    throw new DataError(
      file,
      `geometry must be a Polygon or MultiPolygon, not ${safeText(String(geometry.type), SNIPPET_CHARS)}`,
      feature,
    );
  return validAreal(geometry, file, feature, options);
}

/** `checkAreal` for callers that keep the geometry as it is. */
export function assertAreal(
  geometry: Geometry | null | undefined,
  file: string,
  feature: string,
  options?: ArealOptions,
): asserts geometry is Polygon | MultiPolygon {
  checkAreal(geometry, file, feature, options);
}
