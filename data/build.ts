/**
 * `npm run data`: builds public/data/ from the raw inputs.
 *   --source <dir>     raw input folder (or TERRITORY_DATA_SOURCE; default ../shared/data)
 *   --out <dir>        output folder (default public/data)
 *   --if-stale         do nothing when the output was built from the same inputs and code
 *   --no-cache         compute every stage, reading and writing no cache (or TERRITORY_NO_CACHE=1);
 *                      the cache is .cache/pipeline/ (or TERRITORY_CACHE_DIR), see data/stage.ts
 *   --add-day <file>   add or replace one day (cyterat single-day GeoJSON); --date YYYY-MM-DD if the file
 *                      name has no date. A day after the newest built one extends public/data (as
 *                      `npm run data:update` does); an earlier one rebuilds it. The day is stored in
 *                      data/added-days/ (or TERRITORY_ADDED_DAYS) once the data built with it is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './pipeline.ts';
import { readJson, writeAtomically } from './io.ts';
import { DataError } from './errors.ts';
import { addedProvenance, checkDay, readAddedDays, storeDay, storedDay, type CheckedDay } from './add-day.ts';
import { buildKey, storedBuildKey } from './build-key.ts';
import { extendBuilt, readBuilt } from './extend.ts';
import { StageCache } from './cache.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The built data when a day can extend it: it exists, is fresh, and ends before the day. */
function extendable(outDir: string, freshKey: string, day: CheckedDay) {
  if (storedBuildKey(outDir) !== freshKey) return null;
  const built = readBuilt(outDir);
  return built.manifest.dates.at(-1)! < day.date ? built : null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      'if-stale': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      'add-day': { type: 'string' },
      date: { type: 'string' },
    },
  });
  const sourceDir = path.resolve(
    values.source ?? process.env.TERRITORY_DATA_SOURCE ?? path.join(root, '../shared/data'),
  );
  const outDir = path.resolve(values.out ?? path.join(root, 'public/data'));
  const addedDir = path.resolve(process.env.TERRITORY_ADDED_DAYS ?? path.join(root, 'data/added-days'));
  const noCache = values['no-cache'] || /^(1|true|yes)$/i.test(process.env.TERRITORY_NO_CACHE ?? '');
  const cacheDir = path.resolve(process.env.TERRITORY_CACHE_DIR || path.join(root, '.cache/pipeline'));
  if (!fs.existsSync(sourceDir))
    throw new DataError(
      sourceDir,
      'source folder not found: pass --source <dir> or set TERRITORY_DATA_SOURCE (see the README, "Data")',
    );
  const started = performance.now();
  const log = (m: string) =>
    console.log(`data: [${((performance.now() - started) / 1000).toFixed(0)} s] ${m}`);

  let day: CheckedDay | null = null;
  if (values['add-day']) {
    const file = path.resolve(values['add-day']);
    day = checkDay(file, readJson(file), values.date);
  }
  const pending = day ? Object.fromEntries([Object.values(storedDay(day)) as [string, string]]) : {};
  const key = buildKey(root, sourceDir, addedDir, pending);
  if (!day && values['if-stale'] && storedBuildKey(outDir) === key) {
    console.log('data: public/data is up to date');
    return;
  }
  const built = day ? extendable(outDir, buildKey(root, sourceDir, addedDir), day) : null;
  let files: Record<string, string | Uint8Array>;
  if (built && day) {
    log(`adding ${day.date} to the built data`);
    files = await extendBuilt(built, [day], { sourceDir, buildKey: key, log });
  } else {
    // The day being added goes first: it replaces a stored day of the same date.
    const stored = readAddedDays(addedDir);
    const addedDays = day
      ? [{ file: path.resolve(values['add-day']!), data: JSON.parse(Object.values(pending)[0]) }, ...stored]
      : stored;
    files = await runPipeline({
      sourceDir,
      addedDays,
      upstream: addedProvenance(addedDays),
      buildKey: key,
      cache: noCache ? null : new StageCache(cacheDir, (m) => console.log(`data: ${m}`)),
      log,
    });
  }
  writeAtomically(outDir, files);
  if (day) {
    storeDay(addedDir, day);
    console.log(`data: stored ${day.date} in ${path.relative(root, addedDir)}`);
  }
  const kb = Object.entries(files).map(
    ([name, c]) => `${name} ${(Buffer.byteLength(c) / 1024).toFixed(0)} KB`,
  );
  // Of every thread, the cut's workers too: on a shared machine the wall time says little.
  const { user, system } = process.cpuUsage();
  console.log(
    `data: wrote ${path.relative(root, outDir) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((user + system) / 1e6).toFixed(0)} s): ${kb.join(', ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof DataError ? `data error: ${e.message}` : e);
  process.exit(1);
});
