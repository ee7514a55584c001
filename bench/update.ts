/**
 * The update's wall time on a built data folder: one run adding one day, one adding three, each from
 * a fresh copy, against a fake upstream on 127.0.0.1 (test/fixtures/upstream.ts). The days are the
 * shared series' own last days served again after the newest built day, so each brings a real change
 * of the front against the day before it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Manifest } from '../src/lib/data/types.ts';
import { nextDay } from '../data/steps/history.ts';
import { REAL_SOURCE } from '../test/fixtures/source.ts';
import { runTsx } from '../test/fixtures/pipeline.ts';
import { startUpstream } from '../test/fixtures/upstream.ts';

const SERIES = 'occupied/deepstate_occupied_daily_2024-07-08_2026-08-22.geojson.br';

/** Seconds to add `days` days to a copy of `built`. */
async function timeOne(built: string, days: number, files: string[]): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-update-'));
  const upstream = await startUpstream({});
  try {
    const out = path.join(work, 'data');
    fs.cpSync(built, out, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    const served: Record<string, string> = {};
    let date = manifest.dates.at(-1)!;
    for (const file of files.slice(-days)) served[(date = nextDay(date))] = file;
    await upstream.close();
    const up = await startUpstream(served);
    const t = performance.now();
    const r = await runTsx('data/update.ts', ['--source', REAL_SOURCE, '--out', out], {
      ...up.env,
      TERRITORY_ADDED_DAYS: path.join(work, 'added'),
    });
    const seconds = (performance.now() - t) / 1000;
    await up.close();
    if (r.code !== 0) throw new Error(`the update failed: ${r.stderr}`);
    return seconds;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The update adding one day and adding three, on copies of `built`. */
export async function timeUpdates(built: string): Promise<{ oneDayS: number; threeDaysS: number }> {
  const series = JSON.parse(
    zlib.brotliDecompressSync(fs.readFileSync(path.join(REAL_SOURCE, SERIES))).toString(),
  );
  const files = (series.features as { geometry: unknown }[]).slice(-4, -1).map((f) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: f.geometry }],
    }),
  );
  return { oneDayS: await timeOne(built, 1, files), threeDaysS: await timeOne(built, 3, files) };
}
