/**
 * `npm run data:update`: adds the days the upstream series has after the newest built day, without
 * redoing the history. Lists the upstream at one commit, fetches each new day file at that commit,
 * checks it as `--add-day` does, extends public/data (extend.ts), then stores the days in the
 * added-days folder. Any failure exits non-zero and leaves public/data and the added days as they
 * were; with nothing new it writes nothing.
 *   --source <dir>  raw inputs (only the boundary files are read; TERRITORY_DATA_SOURCE, default ../shared/data)
 *   --out <dir>     the built data to extend (default public/data)
 * Upstream: TERRITORY_UPSTREAM_API, TERRITORY_UPSTREAM_RAW, GITHUB_TOKEN (see upstream.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.ts';
import { parseJsonBytes, writeAtomically } from './io.ts';
import { checkDay, storeDay, storedDay, type CheckedDay } from './add-day.ts';
import { buildKey } from './build-key.ts';
import { extendBuilt, readBuilt } from './extend.ts';
import { fetchFile, listDays, upstreamFromEnv } from './upstream.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
  const sourceDir = path.resolve(
    values.source ?? process.env.TERRITORY_DATA_SOURCE ?? path.join(root, '../shared/data'),
  );
  const outDir = path.resolve(values.out ?? path.join(root, 'public/data'));
  const addedDir = path.resolve(process.env.TERRITORY_ADDED_DAYS ?? path.join(root, 'data/added-days'));
  const up = upstreamFromEnv();
  const log = (m: string) => console.log(`update: ${m}`);

  const built = readBuilt(outDir);
  const last = built.manifest.dates.at(-1)!;
  log(`asking ${up.api} for days after ${last}`);
  const { commit, days } = await listDays(up);
  const fresh = days.filter((d) => d.date > last);
  if (!fresh.length) {
    log(`no new day upstream after ${last} (commit ${commit.slice(0, 7)}); public/data is unchanged`);
    return;
  }

  const fetched: CheckedDay[] = [];
  for (const d of fresh) {
    const url = `${up.raw}/${commit}/${d.path}`;
    const bytes = await fetchFile(up, commit, d.path);
    const day = checkDay(url, parseJsonBytes(url, bytes), d.date);
    day.upstream = { date: day.date, commit, path: d.path, fetched: new Date().toISOString() };
    fetched.push(day);
    log(`fetched ${day.date} (${(bytes.length / 1024).toFixed(0)} KB) from ${d.path}`);
  }

  const pending = Object.fromEntries(fetched.map((d) => Object.values(storedDay(d)) as [string, string]));
  const files = await extendBuilt(built, fetched, {
    sourceDir,
    buildKey: buildKey(root, sourceDir, addedDir, pending),
    log,
  });
  writeAtomically(outDir, files);
  // Stored only now that the data built with them is in place.
  for (const day of fetched) storeDay(addedDir, day);
  const newest = fetched.at(-1)!.date;
  const carried = JSON.parse(files['manifest.json'] as string).carried.filter((d: string) => d > last);
  log(
    `added ${fetched.length} day(s) up to ${newest} from commit ${commit.slice(0, 7)}` +
      (carried.length ? `, ${carried.length} missing upstream carried forward (${carried.join(', ')})` : '') +
      ` in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof DataError ? `update failed: ${e.message}` : e);
  process.exit(1);
});
