import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineCode } from './build-key.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('build key', () => {
  const code = pipelineCode(ROOT).map((f) => path.relative(ROOT, f));

  it('follows the pipeline into the app code it imports and into its workers', () => {
    expect(code).toEqual(
      expect.arrayContaining(['data/build.ts', 'data/steps/cut-worker.ts', 'src/lib/geo/area.ts']),
    );
  });

  it('leaves out what the pipeline never runs: scenarios, tours, Vite plugins, tests', () => {
    expect(
      code.filter((f) => /scenarios\/|tours\/|check-|single-file|\.test\./.test(f) && !f.startsWith('src/')),
    ).toEqual([]);
    expect(code).not.toContain('src/App.svelte');
  });
});
