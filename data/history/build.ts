/**
 * The history file's content, built whole from every day's pieces, extended by new days, or cut down
 * to the latest day for the first view. All three overlay layers into faces (faces.ts); extending
 * treats the existing faces as layers, so a new day splits only the faces its lines cross.
 */
import type { HistoryData } from '../../src/lib/data/history-format.ts';
import { historyFaces, type FaceOptions, type HistoryLayer } from './faces.ts';
import type { Groups } from './layers.ts';

/** Faces under 16 cells (about 0.6 ha) join a neighbour; arcs are simplified within one cell (20 m). */
export const FACE_OPTIONS: FaceOptions = { minArea: 16, tolerance: 1 };

/** The rings of a face as flat grid positions (no closing point), from its arc references. */
export function faceRings(h: Pick<HistoryData, 'arcs'>, polygons: number[][][]): Int32Array[] {
  return polygons.flatMap((rings) =>
    rings.map((refs) => {
      const out: number[] = [];
      for (const ref of refs) {
        const a = h.arcs[ref < 0 ? ~ref : ref];
        const n = a.length / 2;
        for (let k = 0; k < n - 1; k++) {
          const i = ref < 0 ? n - 1 - k : k;
          out.push(a[2 * i], a[2 * i + 1]);
        }
      }
      return Int32Array.from(out);
    }),
  );
}

/** A history of `dates` days from `firstDate`, from layers holding every date. */
export function buildHistory(
  base: Pick<HistoryData, 'grid' | 'firstDate' | 'dates'>,
  groups: Groups,
  layers: HistoryLayer[],
): HistoryData {
  const { arcs, faces } = historyFaces(layers, FACE_OPTIONS);
  return { ...base, groups: groups.list, arcs, faces };
}

/** The history with `days` more dates, held as `layers` say (spans counted from the first date of all). */
export function extendHistory(
  old: HistoryData,
  days: number,
  groups: Groups,
  layers: HistoryLayer[],
): HistoryData {
  const kept: HistoryLayer[] = old.faces.map((f) => ({ rings: faceRings(old, f.polygons), held: f.held }));
  return buildHistory({ ...old, dates: old.dates + days }, groups, [...kept, ...layers]);
}

/** The history's last date alone: its faces held on that date, dissolved into the pieces of the day. */
export function latestOf(h: HistoryData): HistoryData {
  const last = h.dates - 1;
  const layers: HistoryLayer[] = [];
  for (const f of h.faces) {
    const held = f.held.filter(({ spans }) =>
      spans.some((s, k) => k % 2 === 1 && spans[k - 1] <= last && last < s),
    );
    if (held.length)
      layers.push({
        rings: faceRings(h, f.polygons),
        held: held.map(({ g }) => ({ g, spans: [last, last + 1] })),
      });
  }
  const { arcs, faces } = historyFaces(layers, { minArea: 0, tolerance: 0 });
  return { ...h, arcs, faces };
}
