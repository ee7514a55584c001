/**
 * `npm run bench:data`: the pipeline's wall time (BENCH_RUNS runs, default 1), its output sizes, and
 * the time to decode one date's geometry from the history topology. Prints medians with min/max;
 * nothing here is asserted.
 */
import { decodeTimes, outputSizes, timePipeline } from './outputs.ts';

const runs = Number(process.env.BENCH_RUNS ?? 1);
const pipeline = timePipeline(runs, (out) => {
  console.log('file                      raw KB   gzip KB  brotli KB');
  const kb = (n: number) => (n / 1024).toFixed(0).padStart(9);
  for (const f of outputSizes(out))
    console.log(`${f.name.padEnd(25)}${kb(f.bytes)}${kb(f.gzip)}${kb(f.brotli)}`);
  const d = decodeTimes(out);
  console.log(
    `decode one date: median ${d.median.toFixed(2)} ms (min ${d.min.toFixed(2)}, max ${d.max.toFixed(2)}, ${d.n} dates)`,
  );
});
console.log(
  `pipeline: median ${pipeline.median.toFixed(1)} s (min ${pipeline.min.toFixed(1)}, max ${pipeline.max.toFixed(1)}, ${runs} run(s))`,
);
