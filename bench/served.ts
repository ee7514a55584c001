/**
 * The budgets of test/e2e/first-view.ts as `npm run bench` reports them: every data file's size as
 * the preview server sends it (raw, and the precompressed gzip and Brotli copies a reader's browser
 * gets), and the history file against its own budgets.
 */
import fs from 'node:fs';
import { servedSize } from '../test/e2e/first-view.ts';

/** One file as served: bytes raw, gzipped, Brotli. */
export interface ServedFile {
  name: string;
  bytes: number;
  gzip: number;
  br: number;
}

/** Every file of `dir` (dist/data, the precompressed copies aside) as `baseUrl` serves it. */
export async function servedData(baseUrl: string, dir: string): Promise<ServedFile[]> {
  const names = fs
    .readdirSync(dir)
    .filter((f) => !/\.(gz|br)$/.test(f))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const url = new URL(`data/${name}`, baseUrl).href;
      const [bytes, gzip, br] = await Promise.all(
        (['identity', 'gzip', 'br'] as const).map((e) => servedSize(url, e)),
      );
      return { name, bytes, gzip, br };
    }),
  );
}
