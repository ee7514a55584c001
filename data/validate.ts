/** Checks on raw inputs, so bad data stops the pipeline with a message naming file, feature and problem. */
import * as v from 'valibot';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { DataError, safeText, snippet, SNIPPET_CHARS } from './errors.ts';
import { validAreal, type ArealOptions } from './validate-geometry.ts';
import { describeIssue, issueMessage } from '../src/lib/data/issues.ts';

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
  if (!result.success)
    throw new DataError(file, `not a GeoJSON FeatureCollection: ${describeIssue(result.issues)}`);
}

/** Returns the date if it is a real YYYY-MM-DD calendar date; otherwise throws naming the feature. */
export function checkDate(value: unknown, file: string, feature: string): string {
  const result = v.safeParse(IsoDate, value);
  if (!result.success)
    throw new DataError(file, `bad date ${snippet(value)}: ${issueMessage(result.issues[0])}`, feature);
  return result.output;
}

/** The first day of Russia's full-scale invasion: no day of control can come before it. */
export const FIRST_DAY = '2022-02-24';

/**
 * Checks the date of a day being added to the series: a calendar date from FIRST_DAY to tomorrow (UTC).
 * Tomorrow, not today: cyterat dates a file by its download, and a user east of UTC (Kyiv is UTC+2/+3)
 * may add the file for a date that has begun there but not yet in UTC. Anything later is a typo.
 * @param options.today the current time (tests inject it)
 */
export function checkDayDate(
  value: unknown,
  file: string,
  { today = new Date(), feature = 'date' }: { today?: Date; feature?: string } = {},
): string {
  const date = checkDate(value, file, feature);
  const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
  const latest = tomorrow.toISOString().slice(0, 10);
  if (date > latest)
    throw new DataError(
      file,
      `date ${date} is in the future: the latest day accepted is ${latest} (tomorrow, UTC)`,
      feature,
    );
  if (date < FIRST_DAY)
    throw new DataError(
      file,
      `date ${date} is before ${FIRST_DAY}, the start of the full-scale invasion`,
      feature,
    );
  return date;
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
