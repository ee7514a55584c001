/**
 * `npm run bench:data`: the pipeline's wall time, its output sizes, and the time to decode one date's
 * geometry from the loaded history topology (what the browser does on every date step).
 * Prints medians with min/max; nothing here is asserted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { feature } from 'topojson-client';
import type { ControlTopology } from '../src/lib/data/types.ts';

const runs = Number(process.env.BENCH_RUNS ?? 1);
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-'));
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = spawnSync('node_modules/.bin/tsx', ['data/build.ts', '--out', out], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
  times.push((performance.now() - t) / 1000);
}
const pipeline = stats(times);
console.log(
  `pipeline: median ${pipeline.median.toFixed(1)} s (min ${pipeline.min.toFixed(1)}, max ${pipeline.max.toFixed(1)}, ${runs} run(s))`,
);

console.log('file                 raw KB   gzip KB  brotli KB');
for (const f of fs.readdirSync(out).sort()) {
  const b = fs.readFileSync(path.join(out, f));
  const kb = (n: number) => (n / 1024).toFixed(0).padStart(9);
  console.log(
    `${f.padEnd(20)}${kb(b.length)}${kb(zlib.gzipSync(b, { level: 9 }).length)}${kb(zlib.brotliCompressSync(b).length)}`,
  );
}

const topo = JSON.parse(fs.readFileSync(path.join(out, 'control.topo.json'), 'utf8')) as ControlTopology;
const dates = Object.keys(topo.objects);
const decode: number[] = [];
for (let i = 0; i < dates.length; i += 5) {
  const t = performance.now();
  feature(topo, topo.objects[dates[i]]);
  decode.push(performance.now() - t);
}
const d = stats(decode);
console.log(
  `decode one date: median ${d.median.toFixed(2)} ms (min ${d.min.toFixed(2)}, max ${d.max.toFixed(2)}, ${decode.length} dates)`,
);
fs.rmSync(out, { recursive: true, force: true });
