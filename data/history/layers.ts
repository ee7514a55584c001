/**
 * The history's input to the overlay: per unit and status ("group"), each distinct drawing of its
 * land on the grid once, with the spans of dates it stands for. About 2,900 drawings stand for the
 * 1,600 days × 14 groups.
 */
import crypto from 'node:crypto';
import type { MultiPolygon } from 'geojson';
import type { Grid } from '../../src/lib/data/history-format.ts';
import type { Status } from '../../src/lib/data/types.ts';
import type { HistoryLayer } from './faces.ts';
import { gridMultiPolygon } from './grid.ts';
import { spansOfIndices } from '../../src/lib/data/spans.ts';

/** One piece of control on one date: unit, status, geometry (lon/lat). */
export interface DatedPiece {
  u: string;
  s: Status;
  geometry: MultiPolygon;
}

export interface Groups {
  list: { u: string; s: Status }[];
  index(u: string, s: Status): number;
}

/** A group table that grows as groups are asked for; `initial` keeps an older file's numbering. */
export function groupTable(initial: readonly { u: string; s: Status }[] = []): Groups {
  const list = [...initial];
  const ids = new Map(list.map((g, i) => [`${g.u}|${g.s}`, i]));
  return {
    list,
    index(u, s) {
      const key = `${u}|${s}`;
      let i = ids.get(key);
      if (i === undefined) {
        i = list.push({ u, s }) - 1;
        ids.set(key, i);
      }
      return i;
    },
  };
}

/**
 * The layers for days `first`, `first + 1`, …: `piecesOf(k)` gives day k's pieces (k counted from
 * `first`). Identical drawings of a group, as the grid sees them, become one layer.
 */
export function historyLayers(
  days: number,
  first: number,
  piecesOf: (k: number) => readonly DatedPiece[],
  grid: Grid,
  groups: Groups,
): HistoryLayer[] {
  const byKey = new Map<string, { layer: HistoryLayer; dates: number[] }>();
  const cache = new WeakMap<MultiPolygon, { key: string; rings: Int32Array[] }>();
  for (let k = 0; k < days; k++) {
    for (const p of piecesOf(k)) {
      let drawn = cache.get(p.geometry);
      if (!drawn) {
        const rings = gridMultiPolygon(p.geometry, grid);
        const h = crypto.createHash('sha1');
        for (const r of rings) h.update(new Uint8Array(r.buffer, r.byteOffset, r.byteLength)).update('|');
        drawn = { key: h.digest('hex'), rings };
        cache.set(p.geometry, drawn);
      }
      if (!drawn.rings.length) continue;
      const g = groups.index(p.u, p.s);
      const key = `${g}|${drawn.key}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { layer: { rings: drawn.rings, held: [] }, dates: [] }));
      // Two parts of one group on one date may be drawn alike (land held in Russia comes in parts).
      if (entry.dates[entry.dates.length - 1] !== first + k) entry.dates.push(first + k);
      entry.layer.held = [{ g, spans: [] }];
    }
  }
  return [...byKey.values()].map(({ layer, dates }) => ({
    rings: layer.rings,
    held: [{ g: layer.held[0].g, spans: spansOfIndices(dates) }],
  }));
}
