/**
 * Property tests of the tour files (fast-check): any JSON in place of a file, or a real file with a
 * key deleted, a value replaced, an unknown key added or a string made enormous, is either rejected
 * with a TourFileError naming the file and the field, or yields tours that still satisfy the schema
 * and name only scenarios and variants of the catalog.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../scenarios/catalog.test-data.ts';
import { anyValue, mutate, mutation, NAMES_FIELD, namesFileAndField } from '../scenarios/mutate.test-data.ts';
import { holds as runsHold, runs } from '../property.test-data.ts';
import { parseTours, scenarioIds, TourFileError } from './catalog.ts';
import { TOUR_FILES } from './files.ts';
import { TourSchema, type Tour } from './schema.ts';

const IDS = scenarioIds(CATALOG);
const entries = Object.entries(TOUR_FILES);

function holds(path: string, json: unknown): void {
  const file = path.replace(/^.*\//, '');
  let out: Tour[];
  try {
    out = parseTours({ ...TOUR_FILES, [path]: json }, IDS);
  } catch (err) {
    expect(err).toBeInstanceOf(TourFileError);
    expect((err as TourFileError).file).toBe(file);
    expect((err as Error).message).toMatch(namesFileAndField(file));
    return;
  }
  for (const tour of out) {
    expect(v.is(TourSchema, tour)).toBe(true);
    expect(tour.id).toMatch(/^[a-z0-9-]+$/);
    for (const step of tour.steps) {
      expect(Object.hasOwn(IDS, step.scenario)).toBe(true);
      if (step.variant !== undefined) expect(IDS[step.scenario]).toContain(step.variant);
    }
  }
}

describe('tour files, hostile', () => {
  it(`any value in place of a file is rejected as documented ${runs()}`, () => {
    runsHold(
      fc.property(fc.constantFrom(...entries.map(([p]) => p)), anyValue, (path, json) => holds(path, json)),
    );
  });

  it(`any mutation of a real file is rejected as documented or yields valid tours ${runs()}`, () => {
    runsHold(
      fc.property(fc.constantFrom(...entries), mutation, ([path, json], m) => holds(path, mutate(json, m))),
    );
  });

  it(`arbitrary tour files against an arbitrary catalog never throw anything but an error naming a file ${runs()}`, () => {
    const file = fc.oneof(
      fc.constantFrom(...entries.map(([p]) => p)),
      fc.string({ maxLength: 40 }).map((name) => `../../data/tours/${name}.json`),
    );
    const files = fc.oneof(
      fc.dictionary(file, anyValue, { maxKeys: 6 }),
      fc.array(fc.tuple(fc.nat(), mutation), { maxLength: 4 }).map((mutations) => {
        const out: Record<string, unknown> = { ...TOUR_FILES };
        for (const [pick, m] of mutations) {
          const [path, json] = entries[pick % entries.length];
          out[path] = mutate(json, m);
        }
        return out;
      }),
    );
    // The catalog itself may lack scenarios or variants the tours name.
    const catalog = fc.oneof(
      fc.constant(IDS),
      fc.subarray(Object.keys(IDS)).map((ids) => Object.fromEntries(ids.map((id) => [id, IDS[id].slice(1)]))),
    );
    runsHold(
      fc.property(files, catalog, (tourFiles, ids) => {
        let out: Tour[];
        try {
          out = parseTours(tourFiles, ids);
        } catch (err) {
          expect(err).toBeInstanceOf(TourFileError);
          const { file, message } = err as TourFileError;
          expect(message.startsWith(`${file}: `)).toBe(true);
          expect(message.slice(file.length + 2)).toMatch(NAMES_FIELD);
          return;
        }
        for (const tour of out) {
          expect(v.is(TourSchema, tour)).toBe(true);
          for (const step of tour.steps) {
            expect(Object.hasOwn(ids, step.scenario)).toBe(true);
            if (step.variant !== undefined) expect(ids[step.scenario]).toContain(step.variant);
          }
        }
      }),
    );
  });
});
