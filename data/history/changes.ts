/**
 * What a new day changes against the latest built day, per unit and status: the land gained and the
 * land lost, as polygons on the grid (Clipper on integer coordinates, the one library here that
 * completes on every day of this history). An update lays only these over the history's faces, so
 * its lines run where the front moved and nowhere else: laying the whole new day over faces that have
 * been noded and dissolved with other days would leave slivers along every unchanged border.
 */
import ClipperLib from 'clipper-lib';
import crypto from 'node:crypto';
import type { HistoryData } from '../../src/lib/data/history-format.ts';
import type { HistoryLayer } from './faces.ts';
import { extendHistory, faceRings, latestHistory } from './build.ts';
import { groupTable, type DatedPiece } from './layers.ts';
import { gridMultiPolygon } from './grid.ts';

const toPath = (ring: Int32Array): ClipperLib.Path => {
  const path: ClipperLib.Path = [];
  for (let k = 0; k < ring.length; k += 2) path.push({ X: ring[k], Y: ring[k + 1] });
  return path;
};
const fromPath = (path: ClipperLib.Path) => Int32Array.from(path.flatMap(({ X, Y }) => [X, Y]));

/** The part of `a` outside `b` (rings: outer counter-clockwise, holes clockwise, as Clipper gives them). */
export function difference(a: Int32Array[], b: Int32Array[]): Int32Array[] {
  if (!a.length) return [];
  const c = new ClipperLib.Clipper();
  c.AddPaths(a.map(toPath), ClipperLib.PolyType.ptSubject, true);
  c.AddPaths(b.map(toPath), ClipperLib.PolyType.ptClip, true);
  const out: ClipperLib.Paths = [];
  const nonZero = ClipperLib.PolyFillType.pftNonZero;
  c.Execute(ClipperLib.ClipType.ctDifference, out, nonZero, nonZero);
  return out.filter((p) => p.length >= 3).map(fromPath);
}

/** Per group index, the rings of the latest day's land (history-latest.bin holds that day alone). */
export function latestRings(latest: HistoryData): Map<number, Int32Array[]> {
  const out = new Map<number, Int32Array[]>();
  for (const f of latest.faces)
    for (const { g } of f.held) out.set(g, [...(out.get(g) ?? []), ...faceRings(latest, f.polygons)]);
  return out;
}

/** Gains and losses as layers: identical ones on several dates become one layer with all its dates. */
export class ChangeLayers {
  private readonly byKey = new Map<string, HistoryLayer>();

  /** Adds what date index `i` gains and loses for group `g`, its land being `now` against `before`. */
  add(g: number, i: number, now: Int32Array[], before: Int32Array[]): void {
    this.put('held', g, i, difference(now, before));
    this.put('lost', g, i, difference(before, now));
  }

  private put(kind: 'held' | 'lost', g: number, i: number, rings: Int32Array[]): void {
    if (!rings.length) return;
    const h = crypto.createHash('sha1').update(`${kind}|${g}|`);
    for (const r of rings) h.update(new Uint8Array(r.buffer, r.byteOffset, r.byteLength)).update('|');
    const key = h.digest('hex');
    let layer = this.byKey.get(key);
    if (!layer) this.byKey.set(key, (layer = { rings, held: [], lost: [] }));
    const list = layer[kind]!;
    const last = list.at(-1)?.spans;
    if (last && last[last.length - 1] === i) last[last.length - 1] = i + 1;
    else if (last) last.push(i, i + 1);
    else list.push({ g, spans: [i, i + 1] });
  }

  layers(): HistoryLayer[] {
    return [...this.byKey.values()];
  }
}

/**
 * The history and its latest day with new dates: first `carried` dates that repeat the latest day,
 * then one date for each of `days` (their pieces). Every new date starts as the latest day carried
 * on; each day of its own then adds the land it gains and takes away the land it loses against it.
 */
export function extendByChanges(
  history: HistoryData,
  latest: HistoryData,
  carried: number,
  days: readonly (readonly DatedPiece[])[],
): { history: HistoryData; latest: HistoryData } {
  const n = history.dates;
  const total = n + carried + days.length;
  const old: HistoryData = {
    ...history,
    faces: history.faces.map((f) => ({
      ...f,
      held: f.held.map(({ g, spans }) => ({
        g,
        spans: spans.map((s, k) => (k % 2 === 1 && s === n ? total : s)),
      })),
    })),
  };
  const groups = groupTable(history.groups);
  const before = latestRings(latest);
  const changes = new ChangeLayers();
  days.forEach((pieces, k) => {
    const now = new Map<number, Int32Array[]>();
    for (const p of pieces) {
      const g = groups.index(p.u, p.s);
      now.set(g, [...(now.get(g) ?? []), ...gridMultiPolygon(p.geometry, history.grid)]);
    }
    for (const g of new Set([...before.keys(), ...now.keys()]))
      changes.add(g, n + carried + k, now.get(g) ?? [], before.get(g) ?? []);
  });
  const extended = extendHistory(old, total - n, groups, changes.layers());
  return { history: extended, latest: latestHistory(extended, groups, days.at(-1) ?? []) };
}
