/**
 * Build-time check of the tours (data/tours/*.json): the schema and the scenario references the app
 * checks when it loads, run by a Vite plugin beside the scenario check so that a bad tour stops
 * `vite build` and `vite dev` with an error naming the file and the field.
 */
import type { Plugin } from 'vite';
import { parseTours, scenarioIds, TourFileError } from '../src/lib/tours/catalog.ts';
import { readCatalog, readJsonDir } from './check-scenarios.ts';

/** Reads and validates every tour in `dir` against the catalog in `scenariosDir`; returns the count. */
export function checkTours(dir: string, scenariosDir: string): number {
  const ids = scenarioIds(readCatalog(scenariosDir));
  return parseTours(
    readJsonDir(dir, (file, detail) => new TourFileError(file, detail)),
    ids,
  ).length;
}

/** Vite plugin: checks the tours when a build or the dev server starts. */
export function tourCheck(dir = 'data/tours', scenariosDir = 'data/scenarios'): Plugin {
  return {
    name: 'territory-scenarios:check-tours',
    buildStart() {
      try {
        checkTours(dir, scenariosDir);
      } catch (err) {
        // A broken catalog is the scenario check's to report, but name its folder if it comes here first.
        this.error(`${err instanceof TourFileError ? dir : scenariosDir}/${(err as Error).message}`);
      }
    },
  };
}
