/**
 * The history file's content, built whole from every day's pieces, extended by new days, or cut down
 * to the latest day for the first view. All three overlay layers into faces (faces.ts); extending
 * treats the existing faces as layers, so a new day splits only the faces its lines cross.
 */
import type { HistoryData } from '../../src/lib/data/history-format.ts';
import { historyFaces, type FaceOptions, type HistoryLayer } from './faces.ts';
import { historyLayers, type DatedPiece, type Groups } from './layers.ts';

/** Faces under 16 cells (about 0.6 ha) or narrower than 1.5 cells (30 m) join a neighbour. */
export const FACE_OPTIONS: FaceOptions = { minArea: 16, minWidth: 1.5 };

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

/**
 * The last date alone, from its own pieces as drawn rather than from the history's dissolved faces:
 * the first view draws it, and the next update compares its new days with it (see extend.ts).
 */
export function latestHistory(
  base: Pick<HistoryData, 'grid' | 'firstDate' | 'dates'>,
  groups: Groups,
  pieces: readonly DatedPiece[],
): HistoryData {
  const layers = historyLayers(1, base.dates - 1, () => pieces, base.grid, groups);
  const { arcs, faces } = historyFaces(layers, { minArea: 0, minWidth: 0 });
  return { ...base, groups: groups.list, arcs, faces };
}
