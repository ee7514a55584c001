/**
 * The tours: every data/tours/<id>.json checked against the schema and against the scenario catalog
 * (at build by the Vite plugin in vite.config.ts, and again here when the app loads).
 */
import * as v from 'valibot';
import type { Scenario } from '../scenarios/schema.ts';
import { describeIssue } from '../data/issues.ts';
import { TourSchema, type Tour } from './schema.ts';

/** A tour file that does not match the schema or names a scenario the catalog lacks. */
export class TourFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'TourFileError';
  }
}

/** Scenario ids, each with the ids of its variants: the shape of UrlContext['scenarios']. */
export type ScenarioIds = Readonly<Record<string, readonly string[]>>;

const baseName = (path: string) => path.replace(/^.*\//, '');

/** The first step naming a scenario or variant the catalog lacks, as "field.path: message". */
function unknownReference(tour: Tour, scenarios: ScenarioIds): string | null {
  for (const [i, step] of tour.steps.entries()) {
    if (!Object.hasOwn(scenarios, step.scenario))
      return `steps.${i}.scenario: "${step.scenario}" is not in the scenario catalog`;
    if (step.variant !== undefined && !scenarios[step.scenario].includes(step.variant))
      return `steps.${i}.variant: scenario "${step.scenario}" has no variant "${step.variant}"`;
  }
  return null;
}

/**
 * Validates the tours' files, given as path → parsed JSON, against the schema and the scenario
 * catalog. Each file's `id` must match its name. Tours come back in the order of `files`.
 */
export function parseTours(files: Record<string, unknown>, scenarios: ScenarioIds): Tour[] {
  const out: Tour[] = [];
  for (const [path, json] of Object.entries(files)) {
    const file = baseName(path);
    const r = v.safeParse(TourSchema, json);
    if (!r.success) throw new TourFileError(file, describeIssue(r.issues));
    if (`${r.output.id}.json` !== file)
      throw new TourFileError(file, `id "${r.output.id}" does not match the file name`);
    const unknown = unknownReference(r.output, scenarios);
    if (unknown) throw new TourFileError(file, unknown);
    out.push(r.output);
  }
  return out;
}

/** The catalog's scenario ids with their variant ids, as parseTours and the URL parser take them. */
export const scenarioIds = (scenarios: readonly Scenario[]): ScenarioIds =>
  Object.fromEntries(scenarios.map((s) => [s.id, (s.variants ?? []).map((x) => x.id)]));
