/**
 * Build-time check of the scenario catalog (data/scenarios/*.json): the same schema the app applies
 * when it loads, run by a Vite plugin so that a bad file stops `vite build` and `vite dev` with an
 * error naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseCatalog, ScenarioFileError } from '../src/lib/scenarios/catalog.ts';
import type { Scenario } from '../src/lib/scenarios/schema.ts';

/** Every `.json` file in `dir` as name → parsed JSON; `fail` makes the error for one that is not JSON. */
export function readJsonDir(
  dir: string,
  fail: (file: string, detail: string) => Error,
): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    try {
      files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      throw fail(name, `is not valid JSON (${(err as Error).message})`);
    }
  }
  return files;
}

/** Every scenario file in `dir`, parsed but not checked. */
export function readCatalogFiles(dir: string): Record<string, unknown> {
  return readJsonDir(dir, (file, detail) => new ScenarioFileError(file, detail));
}

/** Reads and validates every scenario file in `dir`; throws ScenarioFileError on the first bad one. */
export function readCatalog(dir: string): Scenario[] {
  return parseCatalog(readCatalogFiles(dir));
}

export function checkScenarios(dir: string): number {
  return readCatalog(dir).length;
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
