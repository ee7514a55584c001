/**
 * Running a fast-check property in a Vitest test so that the output says how many cases it ran:
 * the count goes into the test's name (`runs(n)`) and, once the property holds, into a line of the
 * test's output (`holds`), under the test's name, where the default reporter (which lists only slow
 * tests by name) shows it too.
 */
import fc from 'fast-check';

/** Runs per property unless a test says otherwise. */
export const RUNS = 1000;

/** "(1,000 runs)", for a test's name. */
export const runs = (n = RUNS) => `(${n.toLocaleString('en')} runs)`;

/**
 * Checks `property` on `numRuns` generated cases and prints how many ran. A failure is replayed
 * through fc.assert, which throws the shrunk counterexample and the seed to reproduce it.
 */
export function holds<T>(property: fc.IProperty<T>, numRuns = RUNS): void {
  const details = fc.check(property, { numRuns });
  if (details.failed) {
    fc.assert(property, { numRuns, seed: details.seed, path: details.counterexamplePath ?? undefined });
    throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
  }
  console.log(`fast-check: ${details.numRuns} runs passed`);
}
