/**
 * A fingerprint of everything the output depends on (inputs, added days, pipeline code), so that
 * `npm run build`/`npm start` rebuild the data only when it is missing or stale.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { INPUTS } from './sources.ts';
import { catalogPinnedDays } from './outputs.ts';
import { inputPath } from './io.ts';

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile() && keep(f))
    .sort();
}

/**
 * The project's own modules the pipeline runs, found by following its imports (esbuild's metafile),
 * so that editing a scenario, a tour or the Vite plugins in data/ does not force a 5-minute rebuild,
 * while a change to app code the pipeline imports (e.g. src/lib/geo/area.ts) does.
 */
export function pipelineCode(root: string): string[] {
  const { metafile } = buildSync({
    absWorkingDir: root,
    entryPoints: ['data/build.ts', 'data/update.ts', 'data/steps/cut-worker.ts'],
    bundle: true,
    write: false,
    outdir: 'unused',
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs)
    .map((f) => path.join(root, f))
    .sort();
}

/**
 * SHA-256 over the inputs' bytes, the added days and the pipeline's own source files. `pending` are
 * added days about to be stored (name → content): the key of the output that will include them.
 */
export function buildKey(
  root: string,
  sourceDir: string,
  addedDir: string,
  pending: Record<string, string> = {},
): string {
  const h = crypto.createHash('sha256');
  const inputs = Object.values(INPUTS).map((i) => inputPath(sourceDir, i));
  // Tables the pipeline reads with fs rather than imports (names, overrides), which esbuild cannot see.
  const tables = filesUnder(
    path.join(root, 'data'),
    (f) => f.endsWith('.json') && !/[/\\](scenarios|tours)[/\\]/.test(f) && !f.startsWith(addedDir),
  );
  const added = new Map(
    filesUnder(addedDir, (f) => f.endsWith('.geojson')).map((f): [string, Buffer | string] => [
      f,
      fs.readFileSync(f),
    ]),
  );
  for (const [name, content] of Object.entries(pending)) added.set(path.join(addedDir, name), content);
  // Of the catalog only the days it pins matter to the output (areas-first.json): text edits rebuild nothing.
  h.update(`pinned:${catalogPinnedDays(path.join(root, 'data/scenarios')).join(',')}`);
  const read = (f: string) =>
    added.get(f) ?? (fs.existsSync(f) ? fs.readFileSync(f) : Buffer.from('missing'));
  for (const f of [...pipelineCode(root), ...tables, ...inputs, ...[...added.keys()].sort()]) {
    h.update(path.relative(root, f));
    h.update(read(f));
  }
  return h.digest('hex');
}

/** The build key recorded in an existing output's manifest, if any. */
export function storedBuildKey(outDir: string): string | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')).buildKey ?? null;
  } catch {
    return null;
  }
}
