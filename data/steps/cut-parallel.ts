/** Spreads the cutting of many control geometries over worker threads (it dominates the pipeline's time). */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { MultiPolygon } from 'geojson';
import type { Cutter, CutCache, Piece } from './pieces.ts';

// Workers do not inherit tsx's TypeScript loader, so each one registers it before loading its module.
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./cut-worker.ts', import.meta.url).href,
)}); })`;

export interface CutJob {
  key: string;
  geometry: MultiPolygon;
}
export interface CutResult {
  key: string;
  pieces: Piece[];
  /** Geodesic area of the uncut geometry, km². */
  rawKm2: number;
}

/**
 * Cuts every job's geometry by the units, using one worker per core.
 * Each worker gets a run of consecutive dates, in order: a unit's part that has not changed since
 * the day before is then cut once (see pieces.ts).
 * @param seed pieces cut before, by the same units and code (a cached build's): not cut again
 * @returns each job's result, and the seed with the pieces cut now
 */
export async function cutInParallel(
  jobs: CutJob[],
  units: Cutter[],
  threads = availableParallelism(),
  seed: CutCache = new Map(),
): Promise<{ results: Map<string, CutResult>; pieces: CutCache }> {
  const n = Math.max(1, Math.min(threads, jobs.length));
  const size = Math.ceil(jobs.length / n);
  const shares = Array.from({ length: n }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const done = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ results: CutResult[]; cutHere: CutCache }>((resolve, reject) => {
          const worker = new Worker(BOOT, { eval: true, workerData: { units, jobs: share, seed } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once(
            'exit',
            (code) => code !== 0 && reject(new Error(`cutting worker exited with code ${code}`)),
          );
        }),
    ),
  );
  return {
    results: new Map(done.flatMap((d) => d.results).map((r) => [r.key, r])),
    pieces: new Map([...seed, ...done.flatMap((d) => [...d.cutHere])]),
  };
}
