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

/** What a module runs: the project's files (its imports followed) and the npm packages it imports. */
export interface ModuleCode {
  files: string[];
  packages: string[];
}

/**
 * The code each entry module runs, found by following its imports (esbuild's metafile, one bundle
 * per entry), so that editing a scenario, a tour or the Vite plugins in data/ changes no fingerprint,
 * while a change to app code the pipeline imports (e.g. src/lib/geo/area.ts) does.
 * @param entries paths relative to `root`; the result is keyed by them
 */
export function moduleCode(root: string, entries: string[]): Map<string, ModuleCode> {
  const { metafile } = buildSync({
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    write: false,
    outdir: 'unused',
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const out = new Map<string, ModuleCode>();
  for (const bundle of Object.values(metafile.outputs)) {
    if (!bundle.entryPoint) continue;
    out.set(bundle.entryPoint, {
      files: Object.keys(bundle.inputs)
        .map((f) => path.join(root, f))
        .sort(),
      packages: [
        ...new Set(
          bundle.imports
            .filter((i) => i.external && !i.path.startsWith('node:'))
            .map((i) => i.path.split('/', i.path.startsWith('@') ? 2 : 1).join('/')),
        ),
      ].sort(),
    });
  }
  return out;
}

/** The project's own modules the pipeline runs (see moduleCode). */
export function pipelineCode(root: string): string[] {
  const entries = ['data/build.ts', 'data/update.ts', 'data/steps/cut-worker.ts'];
  return [...new Set([...moduleCode(root, entries).values()].flatMap((m) => m.files))].sort();
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

/**
 * A fingerprint of code: each file's path (from `root`) and content, each package's installed version,
 * and Node's own (its maths could change a result in the last bit).
 */
export function codeFingerprint(root: string, code: ModuleCode[]): string {
  const h = crypto.createHash('sha256').update(process.version);
  const files = [...new Set(code.flatMap((c) => c.files))].sort();
  const packages = [...new Set(code.flatMap((c) => c.packages))].sort();
  for (const f of files) h.update(`\0${path.relative(root, f)}\0`).update(fs.readFileSync(f));
  for (const p of packages) {
    const manifest = path.join(root, 'node_modules', p, 'package.json');
    const version = fs.existsSync(manifest)
      ? JSON.parse(fs.readFileSync(manifest, 'utf8')).version
      : 'missing';
    h.update(`\0${p}@${String(version)}`);
  }
  return h.digest('hex');
}
