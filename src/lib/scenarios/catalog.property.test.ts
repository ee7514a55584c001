/**
 * Property tests of the scenario files (fast-check): whatever a file holds — any JSON, or a real file
 * with a key deleted, a value replaced, an unknown key added or a string made enormous — the catalog
 * either rejects it with a ScenarioFileError naming the file and the field, or yields scenarios that
 * still satisfy the schema.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCatalog, ScenarioFileError } from './catalog.ts';
import { SCENARIO_FILES } from './files.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { anyValue, mutate, mutation, namesFileAndField } from './mutate.test-data.ts';

const ID = /^[a-z0-9-]+$/;
const entries = Object.entries(SCENARIO_FILES);

/** Parses the catalog with `file` replaced by `json`: rejects only as documented, else yields valid scenarios. */
function holds(path: string, json: unknown): void {
  const file = path.replace(/^.*\//, '');
  let out: Scenario[];
  try {
    out = parseCatalog({ ...SCENARIO_FILES, [path]: json });
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioFileError);
    expect((err as ScenarioFileError).file).toBe(file);
    expect((err as Error).message).toMatch(namesFileAndField(file));
    return;
  }
  for (const s of out) {
    expect(v.is(ScenarioSchema, s)).toBe(true);
    expect(s.id).toMatch(ID);
    for (const x of s.variants ?? []) expect(x.id).toMatch(ID);
  }
  expect(out.find((s) => `${s.id}.json` === file)).toBeTruthy();
}

describe('scenario files, hostile', () => {
  it('any value in place of a file is rejected as documented', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries.map(([p]) => p)), anyValue, (path, json) => holds(path, json)),
      { numRuns: 1000 },
    );
  });

  it('any mutation of a real file is rejected as documented or yields valid scenarios', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), mutation, ([path, json], m) => holds(path, mutate(json, m))),
      { numRuns: 1000 },
    );
  });
});
