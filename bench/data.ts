/**
 * `npm run bench:data`: the pipeline's wall time for a full build from an empty stage cache
 * (BENCH_RUNS runs, default 1), a rebuild after a change to one late step, then the update adding one
 * day and three days to that build, its output sizes and the time to decode the history file, with
 * the load average before and after. Prints medians with min/max; nothing here is asserted.
 */
import os from 'node:os';
import { decodeTimes, outputSizes, timePipeline } from './outputs.ts';
import { timeUpdates } from './update.ts';

const runs = Number(process.env.BENCH_RUNS ?? 1);
// The machine may be shared: its load says how far the wall times are from an idle machine's.
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
console.log(`load average before: ${load()} (${os.availableParallelism()} cores)`);
let updates: { oneDayS: number; threeDaysS: number } | null = null;
const pipeline = await timePipeline(runs, async (out) => {
  console.log('file                      raw KB   gzip KB  brotli KB');
  const kb = (n: number) => (n / 1024).toFixed(0).padStart(9);
  for (const f of outputSizes(out))
    console.log(`${f.name.padEnd(25)}${kb(f.bytes)}${kb(f.gzip)}${kb(f.brotli)}`);
  const d = decodeTimes(out);
  console.log(
    `decode history.bin (node): median ${d.median.toFixed(0)} ms (min ${d.min.toFixed(0)}, max ${d.max.toFixed(0)}, ${d.n} runs)`,
  );
  updates = await timeUpdates(out);
});
console.log(
  `full build: median ${pipeline.median.toFixed(1)} s (min ${pipeline.min.toFixed(1)}, max ${pipeline.max.toFixed(1)}, ${runs} run(s))`,
);
console.log(
  `rebuild after a change to the context step (the cache holding the rest): ${pipeline.contextOnlyS.toFixed(1)} s`,
);
console.log(`load average after: ${load()}`);
const u = updates as { oneDayS: number; threeDaysS: number } | null;
if (u)
  console.log(
    `update adding 1 day: ${u.oneDayS.toFixed(1)} s; adding 3 days: ${u.threeDaysS.toFixed(1)} s = ${((100 * u.threeDaysS) / pipeline.median).toFixed(0)} % of a full build (target ≤ 25 %)`,
  );
