/**
 * Stage "history": every day's pieces overlaid into the history's faces on its grid, and the latest
 * day alone (history.bin and history-latest.bin, before encoding).
 */
import type { HistoryData } from '../../src/lib/data/history-format.ts';
import type { Codec } from '../codecs.ts';
import { bboxOf } from '../inputs.ts';
import { gridFor } from '../history/grid.ts';
import { groupTable, historyLayers } from '../history/layers.ts';
import { buildHistory, latestHistory } from '../history/build.ts';
import type { StageDef } from '../stage.ts';
import type { Boundaries } from './boundaries.ts';
import type { CutHistory } from './cut.ts';

export interface Histories {
  history: HistoryData;
  latest: HistoryData;
}

/** HistoryData as JSON, its typed arrays as plain ones. */
const toJson = (h: HistoryData) => ({ ...h, arcs: h.arcs.map((a) => Array.from(a)) });
const fromJson = (h: ReturnType<typeof toJson>): HistoryData => ({
  ...h,
  arcs: h.arcs.map((a) => Int32Array.from(a)),
});

const CODEC: Codec<Histories> = {
  encode: ({ history, latest }) => JSON.stringify({ history: toJson(history), latest: toJson(latest) }),
  decode(bytes) {
    const { history, latest } = JSON.parse(bytes.toString('utf8')) as Record<
      keyof Histories,
      ReturnType<typeof toJson>
    >;
    return { history: fromJson(history), latest: fromJson(latest) };
  },
};

export const HISTORY: StageDef<Histories> = {
  name: 'history',
  code: [new URL(import.meta.url)],
  codec: CODEC,
};

export function histories(cut: CutHistory, { uaUnits, ruUnits }: Boundaries): Histories {
  // The grid covers every unit the control is cut by, so no day can fall off it.
  const grid = gridFor(bboxOf([...uaUnits, ...ruUnits]));
  const groups = groupTable();
  const n = cut.dates.length;
  const base = { grid, dates: n, firstDate: cut.dates[0] };
  const piecesOf = (i: number) => cut.lists[cut.byDay[i]];
  const history = buildHistory(base, groups, historyLayers(n, 0, piecesOf, grid, groups));
  return { history, latest: latestHistory(base, groups, piecesOf(n - 1)) };
}
