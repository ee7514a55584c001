/**
 * Adding days to a built public/data without redoing the history: only the new days are cut and
 * measured, their areas appended, and the history's faces extended (a new day splits only the faces
 * its lines cross). It needs nothing but the built files and the boundary inputs, so a scheduled job
 * that starts from a clone and the last deployment's data can run it.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { feature } from 'topojson-client';
import type { FeatureCollection, Point } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type {
  Areas,
  ContextTopology,
  Manifest,
  PlantProps,
  Settlements,
  UpstreamDay,
} from '../src/lib/data/types.ts';
import { SCHEMA_VERSION } from '../src/lib/data/types.ts';
import { decodeHistory, HistoryFormatError, type HistoryData } from '../src/lib/data/history-format.ts';
import { encodeHistory } from '../src/lib/data/history-encode.ts';
import { DataError } from './errors.ts';
import type { CheckedDay } from './add-day.ts';
import { nextDay } from './steps/history.ts';
import { prepareUnits, type Cutter } from './steps/pieces.ts';
import { cutInParallel } from './steps/cut-parallel.ts';
import { round2 } from './steps/units.ts';
import { boundaryKey, readBoundaries } from './inputs.ts';
import type { DatedPiece } from './history/layers.ts';
import { extendByChanges } from './history/changes.ts';
import { heldAt, withHeld } from './history/points.ts';
import { OUTPUT_FILES, packOutputs } from './outputs.ts';
import { decodeTopology, encodeTopology, TopologyFormatError } from '../src/lib/data/topo-binary.ts';

/** A built public/data, read and checked against its own manifest. */
export interface Built {
  manifest: Manifest;
  settlements: Settlements;
  areas: Areas;
  history: HistoryData;
  /** The latest day alone, as drawn (history-latest.bin). */
  latest: HistoryData;
  context: ContextTopology;
  regions: Uint8Array;
}

/** Reads public/data; any file missing, altered or of another schema is an error naming it. */
export function readBuilt(outDir: string): Built {
  const file = (name: string) => path.join(outDir, name);
  const manifestFile = file('manifest.json');
  if (!fs.existsSync(manifestFile))
    throw new DataError(
      outDir,
      'no built data to add days to: run `npm run data` first, or restore public/data from the last deployment',
    );
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch (e) {
    throw new DataError(manifestFile, `malformed JSON: ${(e as Error).message}`);
  }
  if (manifest.schema !== SCHEMA_VERSION)
    throw new DataError(
      manifestFile,
      `schema ${manifest.schema}, this code writes ${SCHEMA_VERSION}: run \`npm run data\``,
    );
  const bytes = (key: keyof Manifest['files']): Buffer => {
    const entry = manifest.files?.[key];
    const f = file(entry?.path ?? OUTPUT_FILES[key]);
    let b: Buffer;
    try {
      b = fs.readFileSync(f);
    } catch {
      throw new DataError(f, 'file not found');
    }
    if (
      !entry ||
      b.length !== entry.bytes ||
      crypto.createHash('sha256').update(b).digest('hex') !== entry.sha256
    )
      throw new DataError(
        f,
        'differs from manifest.json (truncated or altered): restore public/data or run `npm run data`',
      );
    return b;
  };
  const history = (key: 'history' | 'historyLatest'): HistoryData => {
    try {
      return decodeHistory(new Uint8Array(bytes(key)));
    } catch (e) {
      if (!(e instanceof HistoryFormatError)) throw e;
      throw new DataError(file(OUTPUT_FILES[key]), e.message);
    }
  };
  const topologyOf = (key: 'regions' | 'context') => {
    try {
      return decodeTopology(new Uint8Array(bytes(key)));
    } catch (e) {
      if (!(e instanceof TopologyFormatError)) throw e;
      throw new DataError(file(OUTPUT_FILES[key]), e.message);
    }
  };
  return {
    manifest,
    areas: JSON.parse(bytes('areas').toString('utf8')) as Areas,
    history: history('history'),
    latest: history('historyLatest'),
    context: topologyOf('context') as ContextTopology,
    settlements: JSON.parse(bytes('settlements').toString('utf8')) as Settlements,
    regions: new Uint8Array(bytes('regions')),
  };
}

/** One new date: its own day, or the day before carried forward. */
interface NewDate {
  date: string;
  own: CheckedDay | null;
}

/** The dates from the day after the last built one to the newest new day, gaps carried forward. */
function newDates(last: string, days: readonly CheckedDay[]): NewDate[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const newest = days
    .map((d) => d.date)
    .sort()
    .at(-1)!;
  const out: NewDate[] = [];
  for (let d = nextDay(last); d <= newest; d = nextDay(d)) out.push({ date: d, own: byDate.get(d) ?? null });
  return out;
}

/** Appends to every per-unit series of `areas`, unit by unit, zero-filling units that are new. */
function appendAreas(
  areas: Areas,
  dates: NewDate[],
  cut: Map<string, { pieces: DatedPiece[]; km2: Map<string, number>; raw: number }>,
): Areas {
  const n = areas.dates.length;
  const out: Areas = {
    ...areas,
    dates: [...areas.dates, ...dates.map((d) => d.date)],
    ru: Object.fromEntries(Object.entries(areas.ru).map(([u, s]) => [u, [...s]])),
    ua: Object.fromEntries(Object.entries(areas.ua).map(([u, s]) => [u, [...s]])),
    contested: Object.fromEntries(Object.entries(areas.contested).map(([u, s]) => [u, [...s]])),
    deepstateKm2: [...areas.deepstateKm2],
  };
  let previous: { km2: Map<string, number>; raw: number } = {
    km2: new Map(Object.entries(areas.ru).map(([u, s]) => [u, s[n - 1]])),
    raw: areas.deepstateKm2[n - 1],
  };
  dates.forEach((d, k) => {
    const day = d.own ? cut.get(d.date)! : previous;
    for (const u of new Set([...Object.keys(out.ru), ...day.km2.keys()])) {
      const series = (out.ru[u] ??= new Array<number>(n).fill(0));
      series[n + k] = round2(day.km2.get(u) ?? 0);
    }
    // Land held by Ukraine in Russia is known only up to the series' end, which new days are after.
    for (const table of [out.ua, out.contested]) for (const u of Object.keys(table)) table[u][n + k] = null;
    out.deepstateKm2.push(round2(day.raw));
    previous = day;
  });
  return out;
}

/** Cuts the new days (each distinct geometry once) by the units. */
async function cutDays(dates: NewDate[], ua: Cutter[]) {
  const own = dates.flatMap((d) => (d.own ? [d.own] : []));
  const { results } = await cutInParallel(
    own.map((d) => ({ key: d.date, geometry: d.geometry })),
    ua,
    own.length > 4 ? undefined : 1,
  );
  const out = new Map<string, { pieces: DatedPiece[]; km2: Map<string, number>; raw: number }>();
  for (const d of own) {
    const r = results.get(d.date)!;
    out.set(d.date, {
      pieces: r.pieces.map((p) => ({ u: p.u, s: 'ru', geometry: p.geometry })),
      km2: new Map(r.pieces.map((p) => [p.u, p.km2])),
      raw: r.rawKm2,
    });
  }
  return out;
}

/** The context file with the power plants' holders worked out again on the extended history. */
function contextWith(context: ContextTopology, history: HistoryData): ContextTopology {
  const plants = feature(context, context.objects.plants) as FeatureCollection<Point, PlantProps>;
  const held = heldAt(
    history,
    plants.features.map((f) => f.geometry.coordinates),
  );
  const geometries = context.objects.plants.geometries.map((g, i) => ({
    ...g,
    properties: { ...(g.properties as PlantProps), held: held[i] },
  }));
  return {
    ...context,
    objects: {
      ...context.objects,
      plants: { ...context.objects.plants, geometries } as GeometryCollection<PlantProps>,
    },
  };
}

export interface ExtendOptions {
  sourceDir: string;
  buildKey: string;
  log?: (message: string) => void;
}

/**
 * The output files of `built` with `days` added (all after its last date). Carried days are marked;
 * fetched days' provenance joins the manifest's.
 */
export async function extendBuilt(
  built: Built,
  days: readonly CheckedDay[],
  opts: ExtendOptions,
): Promise<Record<string, string | Uint8Array>> {
  const log = opts.log ?? (() => {});
  const { manifest } = built;
  const last = manifest.dates.at(-1)!;
  const early = days.filter((d) => d.date <= last);
  if (early.length)
    throw new DataError(
      early[0].date,
      `is not after the newest built day (${last}): add it with --add-day and a full build`,
    );
  if (boundaryKey(opts.sourceDir) !== manifest.boundaryKey)
    throw new DataError(
      opts.sourceDir,
      'the boundary files differ from those public/data was built from: run `npm run data`',
    );
  const dates = newDates(last, days);
  log(`cutting ${days.length} new day(s) by the units`);
  const { uaUnits } = readBoundaries(opts.sourceDir);
  const cut = await cutDays(dates, prepareUnits(uaUnits));
  if (manifest.uaInRussiaUntil >= dates[0].date)
    throw new DataError(
      opts.sourceDir,
      `new days overlap the Ukraine-held-in-Russia series (to ${manifest.uaInRussiaUntil}): run \`npm run data\``,
    );
  const areas = appendAreas(built.areas, dates, cut);

  log('extending the history');
  // From the first new day on, a date missing upstream repeats the day before it.
  const carried = dates.findIndex((d) => d.own);
  const pieces: DatedPiece[][] = [];
  for (const d of dates.slice(carried)) pieces.push(d.own ? cut.get(d.date)!.pieces : pieces.at(-1)!);
  const { history, latest } = extendByChanges(built.history, built.latest, carried, pieces);

  const newest = dates.at(-1)!.date;
  const upstream: UpstreamDay[] = [
    ...manifest.upstream,
    ...days.flatMap((d) => (d.upstream ? [d.upstream] : [])),
  ];
  return packOutputs(
    {
      regions: built.regions,
      history: encodeHistory(history),
      historyLatest: encodeHistory(latest),
      areas: JSON.stringify(areas),
      context: encodeTopology(contextWith(built.context, history)),
      settlements: JSON.stringify(withHeld(built.settlements, history)),
    },
    {
      ...manifest,
      buildKey: opts.buildKey,
      dates: areas.dates,
      carried: [...manifest.carried, ...dates.filter((d) => !d.own).map((d) => d.date)],
      layers: manifest.layers.map((l) =>
        l.id === 'occupied-recent' && l.dateRange ? { ...l, dateRange: [l.dateRange[0], newest] } : l,
      ),
      upstream,
    },
  );
}
