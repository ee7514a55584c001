/**
 * The output files and the manifest that vouches for them: each file's name, size and SHA-256, so
 * the page can tell a truncated or altered file from a good one. Shared by the full build and the
 * update, which write the same files.
 */
import crypto from 'node:crypto';
import type { Manifest } from '../src/lib/data/types.ts';

/** Output file of each manifest entry. */
export const OUTPUT_FILES = {
  regions: 'regions.bin',
  history: 'history.bin',
  historyLatest: 'history-latest.bin',
  areas: 'areas.json',
  context: 'context.bin',
  settlements: 'settlements.json',
} as const satisfies Record<keyof Manifest['files'], string>;

export type OutputContents = Record<keyof typeof OUTPUT_FILES, string | Uint8Array>;

/** File name → content, the manifest included, ready for writeAtomically. */
export function packOutputs(
  contents: OutputContents,
  manifest: Omit<Manifest, 'files'>,
): Record<string, string | Uint8Array> {
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
