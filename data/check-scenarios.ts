/**
 * Build-time check of the scenario catalog (data/scenarios/*.json): the same schema the app applies
 * when it loads, run by a Vite plugin so that a bad file stops `vite build` and `vite dev` with an
 * error naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseCatalog, ScenarioFileError } from '../src/lib/scenarios/catalog.ts';

/** Reads and validates every scenario file in `dir`; throws ScenarioFileError on the first bad one. */
export function checkScenarios(dir: string): number {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    try {
      files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      throw new ScenarioFileError(name, `is not valid JSON (${(err as Error).message})`);
    }
  }
  return parseCatalog(files).length;
}

/** Vite plugin: checks the catalog when a build or the dev server starts. */
export function scenarioCheck(dir = 'data/scenarios'): Plugin {
  return {
    name: 'territory-scenarios:check-scenarios',
    buildStart() {
      try {
        checkScenarios(dir);
      } catch (err) {
        this.error(`data/scenarios/${(err as Error).message}`);
      }
    },
  };
}
