/**
 * `npm run data`: builds public/data/ from the raw inputs.
 *   --source <dir>     raw input folder (or TERRITORY_DATA_SOURCE; default ../shared/data)
 *   --out <dir>        output folder (default public/data)
 *   --if-stale         do nothing when the output was built from the same inputs and code
 *   --add-day <file>   add or replace one day (cyterat single-day GeoJSON), then rebuild; --date YYYY-MM-DD if
 *                      the file name has no date. Added days live in data/added-days/ (or TERRITORY_ADDED_DAYS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './pipeline.ts';
import { writeAtomically } from './io.ts';
import { DataError } from './errors.ts';
import { addDay, readAddedDays } from './add-day.ts';
import { buildKey, storedBuildKey } from './build-key.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      'if-stale': { type: 'boolean', default: false },
      'add-day': { type: 'string' },
      date: { type: 'string' },
    },
  });
  const sourceDir = path.resolve(
    values.source ?? process.env.TERRITORY_DATA_SOURCE ?? path.join(root, '../shared/data'),
  );
  const outDir = path.resolve(values.out ?? path.join(root, 'public/data'));
  const addedDir = path.resolve(process.env.TERRITORY_ADDED_DAYS ?? path.join(root, 'data/added-days'));
  if (!fs.existsSync(sourceDir))
    throw new DataError(
      sourceDir,
      'source folder not found: pass --source <dir> or set TERRITORY_DATA_SOURCE',
    );

  if (values['add-day']) {
    const date = addDay(path.resolve(values['add-day']), addedDir, values.date);
    console.log(`data: stored ${date} in ${path.relative(root, addedDir)}`);
  }
  const key = buildKey(root, sourceDir, addedDir);
  if (values['if-stale'] && storedBuildKey(outDir) === key) {
    console.log('data: public/data is up to date');
    return;
  }
  const started = performance.now();
  const files = await runPipeline({
    sourceDir,
    addedDays: readAddedDays(addedDir),
    buildKey: key,
    log: (m) => console.log(`data: [${((performance.now() - started) / 1000).toFixed(0)} s] ${m}`),
  });
  writeAtomically(outDir, files);
  const kb = Object.entries(files).map(
    ([name, c]) => `${name} ${(Buffer.byteLength(c) / 1024).toFixed(0)} KB`,
  );
  console.log(
    `data: wrote ${path.relative(root, outDir) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${kb.join(', ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof DataError ? `data error: ${e.message}` : e);
  process.exit(1);
});
