/** Spreads the cutting of many control geometries over worker threads (it dominates the pipeline's time). */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { MultiPolygon } from 'geojson';
import type { Cutter, Piece } from './pieces.ts';

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
 * Jobs are dealt round-robin so each worker gets a similar mix of early (coarse) and late (detailed) dates.
 */
export async function cutInParallel(
  jobs: CutJob[],
  units: Cutter[],
  threads = availableParallelism(),
): Promise<Map<string, CutResult>> {
  const n = Math.max(1, Math.min(threads, jobs.length));
  const shares: CutJob[][] = Array.from({ length: n }, () => []);
  jobs.forEach((job, i) => shares[i % n].push(job));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<CutResult[]>((resolve, reject) => {
          const worker = new Worker(BOOT, { eval: true, workerData: { units, jobs: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once(
            'exit',
            (code) => code !== 0 && reject(new Error(`cutting worker exited with code ${code}`)),
          );
        }),
    ),
  );
  return new Map(results.flat().map((r) => [r.key, r]));
}
