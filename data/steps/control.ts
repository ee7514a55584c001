/**
 * Control history → pieces per date (control ∩ unit) and their areas. Identical geometries are cut
 * once: many days repeat the day before.
 */
import crypto from 'node:crypto';
import type { Areas, Status } from '../../src/lib/data/types.ts';
import { SCHEMA_VERSION } from '../../src/lib/data/types.ts';
import type { Day } from './history.ts';
import type { UaInRussia } from './ua-in-russia.ts';
import { cut, type Cutter, type CutCache, type Piece } from './pieces.ts';
import { cutInParallel, type CutJob } from './cut-parallel.ts';
import { round2 } from './units.ts';
import type { DatedPiece } from '../history/layers.ts';

type StatusPiece = Piece & { s: Status };

const hash = (x: unknown) => crypto.createHash('sha1').update(JSON.stringify(x)).digest('hex');

export interface ControlOutput {
  /** Each distinct list of a day's pieces once. */
  lists: DatedPiece[][];
  /** Per day, its list's index in `lists`. */
  byDay: number[];
  areas: Areas;
  /** Every piece cut, by unit and part (the seed and those cut now): the seed of a later build. */
  cut: CutCache;
}

/** Cuts Ukraine-held/contested parts in Russia by the Russian units, once per distinct geometry. */
function cutHeldInRussia(days: Day[], held: UaInRussia, ruUnits: Cutter[]): Map<string, StatusPiece[]> {
  const cache = new Map<string, Piece[]>();
  const byDate = new Map<string, StatusPiece[]>();
  for (const { date } of days) {
    const pieces: StatusPiece[] = [];
    for (const part of held.byDate.get(date) ?? []) {
      const key = hash(part.geometry.coordinates);
      if (!cache.has(key)) cache.set(key, cut(part.geometry, ruUnits));
      for (const p of cache.get(key)!) pieces.push({ ...p, s: part.status });
    }
    byDate.set(date, pieces);
  }
  return byDate;
}

/** Adds `value` at `index` of the per-unit series `table[unit]`, creating it (zero-filled) if new. */
function add(
  table: Record<string, (number | null)[]>,
  unit: string,
  index: number,
  value: number,
  n: number,
) {
  const series = (table[unit] ??= new Array<number>(n).fill(0));
  series[index] = (series[index] ?? 0) + value;
}

/**
 * Cuts every day by the units and builds the areas table.
 * @param uaUnits units of Ukraine (cut the occupation series); @param ruUnits Russian oblasts (cut the held-in-Russia series)
 * @param seed pieces an earlier build cut by the same units with the same code (see cutInParallel)
 */
export async function buildControl(
  days: Day[],
  held: UaInRussia,
  uaUnits: Cutter[],
  ruUnits: Cutter[],
  seed?: CutCache,
): Promise<ControlOutput> {
  const dayKeys = days.map((d) => hash(d.geometry.coordinates));
  const jobs = new Map<string, CutJob>();
  days.forEach(
    (d, i) => jobs.has(dayKeys[i]) || jobs.set(dayKeys[i], { key: dayKeys[i], geometry: d.geometry }),
  );
  const { results: occupied, pieces: cutPieces } = await cutInParallel(
    [...jobs.values()],
    uaUnits,
    undefined,
    seed,
  );
  const inRussia = cutHeldInRussia(days, held, ruUnits);

  const n = days.length;
  const areas: Areas = {
    schema: SCHEMA_VERSION,
    dates: days.map((d) => d.date),
    ru: {},
    ua: {},
    contested: {},
    deepstateKm2: [],
  };
  const lists: DatedPiece[][] = [];
  const byDay: number[] = [];
  const shared = new Map<string, number>();

  days.forEach((day, i) => {
    const cutDay = occupied.get(dayKeys[i])!;
    const pieces: StatusPiece[] = [
      ...cutDay.pieces.map((p) => ({ ...p, s: 'ru' as const })),
      ...inRussia.get(day.date)!,
    ];
    areas.deepstateKm2.push(round2(cutDay.rawKm2));
    for (const p of pieces) {
      add(p.s === 'ru' ? areas.ru : p.s === 'ua' ? areas.ua : areas.contested, p.u, i, p.km2, n);
    }
    // Days with the same pieces share one list, so the history sees one drawing for them.
    const key = hash([dayKeys[i], pieces.map((p) => [p.u, p.s, p.km2])]);
    let list = shared.get(key);
    if (list === undefined) {
      list = lists.push(pieces.map(({ u, s, geometry }) => ({ u, s, geometry }))) - 1;
      shared.set(key, list);
    }
    byDay.push(list);
  });

  // Russian units: a day inside the held-in-Russia series without such land had none (0); after it, unknown (null).
  for (const table of [areas.ua, areas.contested])
    for (const unit of Object.keys(table))
      table[unit] = table[unit].map((v, i) => (days[i].date > held.until ? null : round2(v ?? 0)));
  for (const unit of Object.keys(areas.ru)) areas.ru[unit] = areas.ru[unit].map((v) => round2(v ?? 0));
  return { lists, byDay, areas, cut: cutPieces };
}
