/**
 * Stage "cut": every day's control cut by unit into pieces, days with the same pieces sharing one
 * list, and the areas table. Cached whole; and the pieces cut, by unit and part (pieces.ts), are kept
 * on their own as the next cut's seed, so that a build whose series changed (a day added before the
 * newest, a corrected input) cuts only the parts that changed instead of 1,600 days.
 */
import type { MultiPolygon } from 'geojson';
import type { Areas, Status } from '../../src/lib/data/types.ts';
import type { Slot } from '../cache.ts';
import { json, type Codec } from '../codecs.ts';
import type { DatedPiece } from '../history/layers.ts';
import { buildControl } from '../steps/control.ts';
import { prepareUnits, type CutCache, type Piece } from '../steps/pieces.ts';
import type { StageDef } from '../stage.ts';
import type { Boundaries } from './boundaries.ts';
import type { ControlDays } from './days.ts';

export interface CutHistory {
  dates: string[];
  /** Days no series has, carried forward from the day before. */
  carried: string[];
  /** Last date of the held-in-Russia series. */
  heldUntil: string;
  recentFrom: string | undefined;
  /** Each distinct list of a day's pieces once; `byDay[i]` is day i's. */
  lists: DatedPiece[][];
  byDay: number[];
  areas: Areas;
}

/** As stored: every geometry once (most stand in many lists), lists as [unit, status, geometry index]. */
interface Stored extends Omit<CutHistory, 'lists'> {
  geometries: MultiPolygon[];
  lists: [string, Status, number][][];
}

const CUT_CODEC: Codec<CutHistory> = {
  encode({ lists, ...rest }) {
    const index = new Map<MultiPolygon, number>();
    const geometries: MultiPolygon[] = [];
    const ref = (g: MultiPolygon) => {
      let i = index.get(g);
      if (i === undefined) index.set(g, (i = geometries.push(g) - 1));
      return i;
    };
    const stored: Stored = {
      ...rest,
      geometries,
      lists: lists.map((l) => l.map((p) => [p.u, p.s, ref(p.geometry)])),
    };
    return JSON.stringify(stored);
  },
  decode(bytes) {
    const { geometries, lists, ...rest } = JSON.parse(bytes.toString('utf8')) as Stored;
    return { ...rest, lists: lists.map((l) => l.map(([u, s, g]) => ({ u, s, geometry: geometries[g] }))) };
  },
};

const PIECES_CODEC: Codec<CutCache> = {
  encode: (pieces) => JSON.stringify([...pieces]),
  decode: (bytes) => new Map(JSON.parse(bytes.toString('utf8')) as [string, Piece | null][]),
};

const code = [new URL(import.meta.url), new URL('../steps/cut-worker.ts', import.meta.url)];
export const CUT: StageDef<CutHistory> = { name: 'cut', code, codec: CUT_CODEC };
/** The cut pieces by unit and part, keyed by the units and the code only (not by the series). */
export const PIECES = { name: 'pieces', code, codec: PIECES_CODEC } satisfies StageDef<CutCache>;

/** What the manifest and areas.json take from the cut: a small entry, so a rebuild need not read the cut's. */
export type CutSummary = Omit<CutHistory, 'lists' | 'byDay'>;
export const SUMMARY: StageDef<CutSummary> = { name: 'areas', code, codec: json() };
export const summaryOf = ({ lists: _lists, byDay: _byDay, ...summary }: CutHistory): CutSummary => summary;

export async function cutHistory(
  { days, held, recentFrom }: ControlDays,
  { uaUnits, ruUnits }: Boundaries,
  seed: Slot<CutCache>,
): Promise<CutHistory> {
  const before = seed.read();
  const control = await buildControl(days, held, prepareUnits(uaUnits), prepareUnits(ruUnits), before);
  if (control.cut.size !== before?.size) seed.write(control.cut);
  return {
    dates: days.map((d) => d.date),
    carried: days.filter((d) => d.carried).map((d) => d.date),
    heldUntil: held.until,
    recentFrom,
    lists: control.lists,
    byDay: control.byDay,
    areas: control.areas,
  };
}
