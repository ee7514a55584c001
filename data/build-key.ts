/**
 * A fingerprint of everything the output depends on (inputs, added days, pipeline code), so that
 * `npm run build`/`npm start` rebuild the data only when it is missing or stale.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { INPUTS } from './sources.ts';
import { inputPath } from './io.ts';

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile() && keep(f))
    .sort();
}

/** SHA-256 over the inputs' bytes, the added days and the pipeline's own source files. */
export function buildKey(root: string, sourceDir: string, addedDir: string): string {
  const h = crypto.createHash('sha256');
  const code = [
    ...filesUnder(
      path.join(root, 'data'),
      (f) => /\.(ts|json)$/.test(f) && !f.endsWith('.test.ts') && !f.startsWith(addedDir),
    ),
    path.join(root, 'src/lib/data/types.ts'),
    path.join(root, 'src/lib/geo/area.ts'),
  ];
  const inputs = Object.values(INPUTS).map((i) => inputPath(sourceDir, i));
  for (const f of [...code, ...inputs, ...filesUnder(addedDir, () => true)]) {
    h.update(path.relative(root, f));
    h.update(fs.existsSync(f) ? fs.readFileSync(f) : Buffer.from('missing'));
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
