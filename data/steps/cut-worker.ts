/** Worker side of cutInParallel: cuts its share of control geometries and measures them. */
import { parentPort, workerData } from 'node:worker_threads';
import { cut, geod, type CutCache } from './pieces.ts';
import { geometryAreaKm2 } from '../../src/lib/geo/area.ts';
import type { CutJob, CutResult } from './cut-parallel.ts';

const { units, jobs } = workerData as { units: Parameters<typeof cut>[1]; jobs: CutJob[] };
const cache: CutCache = new Map();
const results: CutResult[] = jobs.map((job) => ({
  key: job.key,
  pieces: cut(job.geometry, units, cache),
  rawKm2: geometryAreaKm2(job.geometry, geod),
}));
parentPort!.postMessage(results);
