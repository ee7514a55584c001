/**
 * The output files and the manifest that vouches for them: each file's name, size and SHA-256, so
 * the page can tell a truncated or altered file from a good one. Shared by the full build and the
 * update, which write the same files.
 */
import crypto from 'node:crypto';
import type { Areas, Manifest } from '../src/lib/data/types.ts';
import fs from 'node:fs';
import path from 'node:path';
import { firstAreas, pinnedDays } from '../src/lib/data/areas-first.ts';

/** Output file of each manifest entry. */
export const OUTPUT_FILES = {
  regions: 'regions.bin',
  history: 'history.bin',
  historyLatest: 'history-latest.bin',
  areas: 'areas.json',
  areasFirst: 'areas-first.json',
  context: 'context.bin',
  settlements: 'settlements.json',
} as const satisfies Record<keyof Manifest['files'], string>;

/** What a build writes; areas-first.json is derived from areas.json here. */
export type OutputContents = Record<Exclude<keyof typeof OUTPUT_FILES, 'areasFirst'>, string | Uint8Array>;

/**
 * The days the scenario catalog (data/scenarios/*.json, checked by the app's build) pins its lines
 * to. Only `reference` is read: the rest of the catalog is the app's, not the pipeline's.
 */
export function catalogPinnedDays(dir = new URL('./scenarios', import.meta.url).pathname): string[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  return pinnedDays(
    files.map((f) => {
      const { reference } = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { reference?: unknown };
      return { reference: typeof reference === 'string' ? reference : '' };
    }),
  );
}

/** areas.json on the days the first view can show: the latest and those the catalog pins. */
function areasFirstOf(areas: string | Uint8Array): string {
  const all = JSON.parse(typeof areas === 'string' ? areas : Buffer.from(areas).toString('utf8')) as Areas;
  return JSON.stringify(firstAreas(all, catalogPinnedDays()));
}

/** File name → content, the manifest included, ready for writeAtomically. */
export function packOutputs(
  built: OutputContents,
  manifest: Omit<Manifest, 'files'>,
): Record<string, string | Uint8Array> {
  const contents = { ...built, areasFirst: areasFirstOf(built.areas) };
  const keys = Object.keys(OUTPUT_FILES) as (keyof typeof OUTPUT_FILES)[];
  const files = Object.fromEntries(
    keys.map((k) => {
      const c = contents[k];
      const bytes = typeof c === 'string' ? Buffer.from(c) : c;
      return [
        k,
        {
          path: OUTPUT_FILES[k],
          bytes: bytes.length,
          sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        },
      ];
    }),
  ) as Manifest['files'];
  return {
    ...Object.fromEntries(keys.map((k) => [OUTPUT_FILES[k], contents[k]])),
    'manifest.json': JSON.stringify({ ...manifest, files }, null, 1),
  };
}
