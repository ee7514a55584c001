/**
 * The scenario catalog: every data/scenarios/<id>.json checked against the schema (at build by the
 * Vite plugin in vite.config.ts, and again here when the app loads) and put in slider order.
 */
import * as v from 'valibot';
import type { Areas, UnitProps } from '../data/types.ts';
import { ScenarioCoreSchema, ScenarioSchema, type Scenario } from './schema.ts';
import { describeIssue } from '../data/issues.ts';
import { evaluateScenario } from './evaluate.ts';
import { resolveTerms } from './terms.ts';

/** A scenario file that does not match the schema; names the file and the field. */
export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ScenarioFileError';
  }
}

/**
 * The stops that open the slider, in order: recognised borders, the line of control and a strip
 * along it of the reader's chosen width; proposals follow, and `claimed` closes it.
 */
export const FIRST = ['borders-1991', 'controlled', 'buffer-zone'] as const;
export const LAST = 'claimed';
export const DEFAULT_SCENARIO = 'controlled';

const baseName = (path: string) => path.replace(/^.*\//, '');

/**
 * Validates the catalog's files, given as path → parsed JSON. Each file's `id` must match its name,
 * and the framing stops must be there. `texts: 'apart'` accepts files without their long texts, as
 * the built app bundles them (texts.ts); the build has checked the whole files by then.
 */
export function parseCatalog(
  files: Record<string, unknown>,
  { texts = 'inline' }: { texts?: 'inline' | 'apart' } = {},
): Scenario[] {
  const out: Scenario[] = [];
  for (const [path, json] of Object.entries(files)) {
    const file = baseName(path);
    const r = v.safeParse(texts === 'inline' ? ScenarioSchema : ScenarioCoreSchema, json);
    if (!r.success) throw new ScenarioFileError(file, describeIssue(r.issues));
    if (`${r.output.id}.json` !== file)
      throw new ScenarioFileError(file, `id "${r.output.id}" does not match the file name`);
    out.push(r.output);
  }
  for (const id of [...FIRST, LAST]) {
    if (!out.some((s) => s.id === id)) throw new ScenarioFileError(`${id}.json`, 'missing from the catalog');
  }
  return out;
}

/**
 * Slider order: recognised borders, the line of control, then proposals by the share of Ukraine they
 * leave under Russian control on the latest date (least first; ties by date), and Russia's claim last.
 */
export function orderCatalog(
  scenarios: readonly Scenario[],
  areas: Areas,
  units: readonly UnitProps[],
): Scenario[] {
  const latest = areas.dates.length - 1;
  const share = new Map(
    scenarios.map((s) => [s.id, evaluateScenario(areas, units, latest, resolveTerms(s)).regions.ukraine.ru]),
  );
  const fixed = (id: string) => scenarios.find((s) => s.id === id)!;
  const proposals = scenarios
    .filter((s) => s.kind === 'proposal')
    .sort(
      (a, b) => share.get(a.id)! - share.get(b.id)! || (a.announced ?? '').localeCompare(b.announced ?? ''),
    );
  return [...FIRST.map(fixed), ...proposals, fixed(LAST)];
}
