/**
 * The data pipeline as the bench sees it: its wall time, its output sizes (raw, gzip, brotli), and the
 * time to decode the history file into what the page draws from (in node; the browser's is timed too).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodeHistory } from '../src/lib/data/history-format.ts';
import { ControlHistory } from '../src/lib/data/history.ts';
import { stats, type Stats } from './stats.ts';

export interface OutputFile {
  name: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

/** One `npm run data` into `out` with the stage cache in `cache`; seconds. */
function build(out: string, cache: string): number {
  const t = performance.now();
  const r = spawnSync('node_modules/.bin/tsx', ['data/build.ts', '--out', out], {
    stdio: 'inherit',
    env: { ...process.env, TERRITORY_CACHE_DIR: cache },
  });
  if (r.status !== 0) throw new Error('the data pipeline failed');
  return (performance.now() - t) / 1000;
}

/**
 * Runs `npm run data` into a temporary folder `runs` times, each from an empty stage cache as on a
 * fresh clone; seconds per run. Then once more with that cache less the context step's entry, as after
 * an edit of that step (`contextOnlyS`). Leaves the folder for `use`.
 */
export async function timePipeline(
  runs: number,
  use: (outDir: string) => void | Promise<void>,
): Promise<Stats & { contextOnlyS: number }> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-'));
  const cache = `${out}-cache`;
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      fs.rmSync(cache, { recursive: true, force: true });
      times.push(build(out, cache));
    }
    for (const f of fs.readdirSync(cache)) if (f.startsWith('context-')) fs.rmSync(path.join(cache, f));
    const contextOnlyS = build(out, cache);
    await use(out);
    return { ...stats(times), contextOnlyS };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

/** Sizes of every file in a data folder (gzip at the default level, as a web server would send it). */
export function outputSizes(dir: string): OutputFile[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const b = fs.readFileSync(path.join(dir, name));
      return {
        name,
        bytes: b.length,
        gzip: zlib.gzipSync(b).length,
        brotli: zlib.brotliCompressSync(b).length,
      };
    });
}

/** ms to decode history.bin into the page's ControlHistory, `runs` times. */
export function decodeTimes(dir: string, runs = 5): Stats {
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'history.bin')));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    new ControlHistory(decodeHistory(bytes));
    times.push(performance.now() - t);
  }
  return stats(times);
}
