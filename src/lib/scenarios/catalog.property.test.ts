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
import { anyValue, mutate, mutation, NAMES_FIELD, namesFileAndField } from './mutate.test-data.ts';
import { holds as runsHold, runs } from '../property.test-data.ts';

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
  it(`any value in place of a file is rejected as documented ${runs()}`, () => {
    runsHold(
      fc.property(fc.constantFrom(...entries.map(([p]) => p)), anyValue, (path, json) => holds(path, json)),
    );
  });

  it(`any mutation of a real file is rejected as documented or yields valid scenarios ${runs()}`, () => {
    runsHold(
      fc.property(fc.constantFrom(...entries), mutation, ([path, json], m) => holds(path, mutate(json, m))),
    );
  });

  it(`a whole catalog of arbitrary files never throws anything but an error naming a file ${runs()}`, () => {
    const file = fc.oneof(
      fc.constantFrom(...entries.map(([p]) => p)),
      fc.string({ maxLength: 40 }).map((name) => `../../data/scenarios/${name}.json`),
    );
    const catalog = fc.oneof(
      fc.dictionary(file, anyValue, { maxKeys: 12 }),
      // The real files, some replaced or mutated, some added.
      fc
        .tuple(fc.dictionary(file, anyValue, { maxKeys: 4 }), fc.array(fc.tuple(fc.nat(), mutation)))
        .map(([extra, mutations]) => {
          const files: Record<string, unknown> = { ...SCENARIO_FILES };
          for (const [pick, m] of mutations) {
            const [path, json] = entries[pick % entries.length];
            files[path] = mutate(json, m);
          }
          return { ...files, ...extra };
        }),
    );
    runsHold(
      fc.property(catalog, (files) => {
        let out: Scenario[];
        try {
          out = parseCatalog(files);
        } catch (err) {
          expect(err).toBeInstanceOf(ScenarioFileError);
          const { file, message } = err as ScenarioFileError;
          expect(message.startsWith(`${file}: `)).toBe(true);
          const detail = message.slice(file.length + 2);
          if (detail !== 'missing from the catalog') expect(detail).toMatch(NAMES_FIELD);
          return;
        }
        for (const s of out) expect(v.is(ScenarioSchema, s)).toBe(true);
      }),
    );
  });
});
