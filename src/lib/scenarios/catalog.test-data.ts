/** The real catalog, for tests that evaluate or draw actual scenarios. */
import { parseCatalog } from './catalog.ts';
import { SCENARIO_FILES } from './files.ts';
import { resolveTerms, type Custom, type Terms } from './terms.ts';

export const CATALOG = parseCatalog(SCENARIO_FILES);

/** Terms of a catalog scenario by id, with an optional variant and toggles. */
export function terms(id: string, variant: string | null = null, custom: Custom = {}): Terms {
  const s = CATALOG.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return resolveTerms(s, variant, custom);
}
