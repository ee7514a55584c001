/**
 * Vite plugins that keep the scenario catalog's long texts out of the page's first download
 * (src/lib/scenarios/texts.ts says why): `virtual:scenario-texts` holds them, and in a build each
 * data/scenarios/*.json is bundled without them.
 */
import type { Plugin } from 'vite';
import { splitTexts, type CatalogTexts } from '../src/lib/scenarios/texts.ts';
import type { ScenarioFile } from '../src/lib/scenarios/schema.ts';
import { readCatalogFiles } from './check-scenarios.ts';

const ID = 'virtual:scenario-texts';
const RESOLVED = `\0${ID}`;
const SCENARIO_FILE = /[\\/]data[\\/]scenarios[\\/][^\\/]+\.json$/;

/** The texts module, in every mode (dev, build, tests). */
export function scenarioTexts(dir = 'data/scenarios'): Plugin {
  return {
    name: 'territory-scenarios:scenario-texts',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const texts: CatalogTexts = {};
      // Checked by scenarioCheck before this runs: the files are whole scenarios.
      for (const file of Object.values(readCatalogFiles(dir)) as ScenarioFile[])
        texts[file.id] = splitTexts(file).texts;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
  };
}

/** In a build, each scenario file without its texts (before Vite's JSON plugin turns it into a module). */
export function scenarioTextsApart(): Plugin {
  return {
    name: 'territory-scenarios:scenario-texts-apart',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!SCENARIO_FILE.test(id.replace(/\?.*$/, ''))) return;
      return { code: JSON.stringify(splitTexts(JSON.parse(code) as ScenarioFile).core), map: null };
    },
  };
}
