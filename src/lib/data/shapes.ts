/**
 * What the data files must hold beyond their hashes (load.ts checks them after the hashes): a file
 * that matches its manifest entry can still be wrong if the build that wrote it was, and a number
 * the page shows must never come from a shape it does not expect.
 */
import * as v from 'valibot';
import { SCHEMA_VERSION } from './types.ts';

const Schema = v.literal(SCHEMA_VERSION);
const Day = v.pipe(v.string(), v.isoDate());
/** Days in order, none twice: every index into them (spans, series, links) relies on it. */
const Dates = v.pipe(
  v.array(Day),
  v.minLength(1),
  v.check((d) => d.every((x, i) => i === 0 || d[i - 1] < x), 'dates are not strictly increasing'),
);
/** An area: never negative, never infinite. */
const Km2 = v.pipe(v.number(), v.finite(), v.minValue(0));

const FileEntry = v.looseObject({
  path: v.string(),
  bytes: v.number(),
  sha256: v.pipe(v.string(), v.hexadecimal()),
});
export const ManifestShape = v.pipe(
  v.looseObject({
    schema: Schema,
    dates: Dates,
    carried: v.array(Day),
    uaInRussiaUntil: Day,
    layers: v.array(
      v.looseObject({ id: v.string(), title: v.string(), uk: v.record(v.string(), v.string()) }),
    ),
    upstream: v.array(v.looseObject({ date: v.string(), commit: v.string(), fetched: v.string() })),
    files: v.looseObject({
      regions: FileEntry,
      history: FileEntry,
      historyLatest: FileEntry,
      areas: FileEntry,
      areasFirst: FileEntry,
      context: FileEntry,
    }),
  }),
  v.check((m) => {
    const days = new Set(m.dates);
    return m.carried.every((d) => days.has(d));
  }, 'carried names a day that is not in dates'),
);
export const AreasShape = v.pipe(
  v.looseObject({
    schema: Schema,
    dates: Dates,
    ru: v.record(v.string(), v.array(Km2)),
    ua: v.record(v.string(), v.array(v.nullable(Km2))),
    contested: v.record(v.string(), v.array(v.nullable(Km2))),
    deepstateKm2: v.array(Km2),
  }),
  v.check(
    (a) =>
      [a.ru, a.ua, a.contested].every((series) =>
        Object.values(series).every((s) => s.length === a.dates.length),
      ) && a.deepstateKm2.length === a.dates.length,
    'a series is not as long as dates',
  ),
);
export const TopologyShape = (objects: string[]) =>
  v.looseObject({
    type: v.literal('Topology'),
    arcs: v.array(v.unknown()),
    objects: v.looseObject(
      Object.fromEntries(
        objects.map((o) => [
          o,
          // A file's objects are never empty: a regions file without units would draw no map.
          v.looseObject({ type: v.string(), geometries: v.pipe(v.array(v.unknown()), v.minLength(1)) }),
        ]),
      ),
    ),
  });
