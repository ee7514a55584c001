/** Worker side of cutInParallel: cuts its share of control geometries, reusing the seed's pieces, and measures them. */
import { parentPort, workerData } from 'node:worker_threads';
import { cut, geod, type CutCache } from './pieces.ts';
import { geometryAreaKm2 } from '../../src/lib/geo/area.ts';
import type { CutJob, CutResult } from './cut-parallel.ts';

const { units, jobs, seed } = workerData as {
  units: Parameters<typeof cut>[1];
  jobs: CutJob[];
  seed: CutCache;
};
const cache: CutCache = new Map(seed);
const results: CutResult[] = jobs.map((job) => ({
  key: job.key,
  pieces: cut(job.geometry, units, cache),
  rawKm2: geometryAreaKm2(job.geometry, geod),
}));
// Only the pieces cut here go back: the parent has the seed already.
const cutHere: CutCache = new Map([...cache].filter(([key]) => !seed.has(key)));
parentPort!.postMessage({ results, cutHere });
