/**
 * The control history file (history.bin, and history-latest.bin for the first view): faces of the
 * overlaid daily control polygons, each held by a unit and status on spans of date indices, with their
 * boundaries as shared arcs on an integer grid. See data/history/faces.ts for how it is made.
 *
 * Layout (little-endian; "varint" is LEB128, "zigzag" a signed varint; see varint.ts):
 *   "TSH1"                     magic, then version byte 1
 *   float64 × 4                grid: x0, y0 (lon/lat of grid 0,0), kx, ky (degrees per grid unit)
 *   varint dates, firstDay     number of dates and the first as days since 1970-01-01 (dates are consecutive)
 *   varint groups, then per group: varint byte length + UTF-8 unit id, byte status (0 ru, 1 ua, 2 contested)
 *   varint faces, arcs, nodes  counts, checked after decoding
 *   varint × 3                 byte lengths of the structure, coordinate and held streams, which follow
 * Structure stream, per face: polygons; per polygon: rings; per ring: arc count, its start node, then
 *   each arc: 0 = a new arc (interior point count, its points in the coordinate stream, its end node),
 *   or 1 + 2 × (arcs so far − 1 − arc) + reversed for an arc seen before. A node is 0 (new: zigzag
 *   dx, dy from the point before, in the coordinate stream) or k (the k-th latest node).
 * Held stream, per face: groups; per group: its index, span count, then the spans [start, end, …) as
 *   differences from the number before (the first from 0).
 * A face lies on the left of its rings (outer rings counter-clockwise, holes clockwise). Faces come in
 * Hilbert order, so that neighbours, and the arcs and nodes they share, are close in the streams.
 */
import { VarintReader } from './varint.ts';
import type { Status } from './types.ts';

export const HISTORY_MAGIC = 'TSH1';
export const STATUSES: readonly Status[] = ['ru', 'ua', 'contested'];

export interface Grid {
  x0: number;
  y0: number;
  kx: number;
  ky: number;
}

export interface HistoryFace {
  /** Polygons: an outer ring, then holes; a ring is a list of arc references (~i when reversed). */
  polygons: number[][][];
  /** Groups holding the face at some time, with spans [start, end, …) of date indices; by group. */
  held: { g: number; spans: number[] }[];
}

export interface HistoryData {
  grid: Grid;
  /** Number of dates, and the first (YYYY-MM-DD); dates are consecutive days. */
  dates: number;
  firstDate: string;
  groups: { u: string; s: Status }[];
  /** Arcs as flat absolute grid positions [x, y, x, y, …]. */
  arcs: Int32Array[];
  faces: HistoryFace[];
}

const DAY_MS = 86_400_000;
export const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Why a history file could not be read: names what was wrong. */
export class HistoryFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'HistoryFormatError';
  }
}

/** Decodes a history file; throws HistoryFormatError when it is not one or is damaged. */
export function decodeHistory(bytes: Uint8Array): HistoryData {
  try {
    return decode(bytes);
  } catch (err) {
    if (err instanceof HistoryFormatError) throw err;
    throw new HistoryFormatError(`damaged history file (${(err as Error).message})`);
  }
}

function decode(bytes: Uint8Array): HistoryData {
  const head = new VarintReader(bytes);
  if (new TextDecoder().decode(head.raw(4)) !== HISTORY_MAGIC)
    throw new HistoryFormatError('not a history file');
  const version = head.raw(1)[0];
  if (version !== 1) throw new HistoryFormatError(`history file version ${version}, expected 1`);
  const g = head.raw(32);
  const view = new DataView(g.buffer, g.byteOffset, 32);
  const [x0, y0, kx, ky] = [0, 1, 2, 3].map((i) => view.getFloat64(8 * i, true));
  const dates = head.uint();
  const firstDate = fromDay(head.uint());
  const groups = Array.from({ length: head.uint() }, () => {
    const u = new TextDecoder().decode(head.raw(head.uint()));
    const s = STATUSES[head.raw(1)[0]];
    if (!s) throw new HistoryFormatError(`unknown status in group ${u}`);
    return { u, s };
  });
  const [faceCount, arcCount, nodeCount] = [head.uint(), head.uint(), head.uint()];
  const lengths = [head.uint(), head.uint(), head.uint()];
  let at = head.pos;
  const [struct, coords, heldIn] = lengths.map((n) => {
    const r = new VarintReader(bytes.subarray(at, at + n));
    if (at + n > bytes.length) throw new HistoryFormatError('history file is truncated');
    at += n;
    return r;
  });

  const nodes: number[] = [];
  const arcs: Int32Array[] = [];
  // Every arc's points go into one growing buffer, each arc a view of its part: a typed array per
  // arc, built from a plain array, cost the page most of its decoding time in garbage collection.
  let pool = new Int32Array(Math.max(1024, 2 * lengths[1]));
  let used = 0;
  const put = (x: number, y: number) => {
    if (used + 2 > pool.length) {
      const grown = new Int32Array(pool.length * 2);
      grown.set(pool.subarray(0, used));
      pool = grown;
    }
    pool[used++] = x;
    pool[used++] = y;
  };
  let cx = 0;
  let cy = 0;
  const node = () => {
    const k = struct.uint();
    if (k === 0) {
      cx += coords.int();
      cy += coords.int();
      nodes.push(cx, cy);
    } else {
      if (k > nodes.length / 2) throw new HistoryFormatError('a node refers before the first');
      const i = nodes.length / 2 - k;
      cx = nodes[2 * i];
      cy = nodes[2 * i + 1];
    }
  };
  const faces: HistoryFace[] = [];
  for (let f = 0; f < faceCount; f++) {
    const polygons: number[][][] = [];
    for (let p = struct.uint(); p > 0; p--) {
      const rings: number[][] = [];
      for (let r = struct.uint(); r > 0; r--) {
        const ring: number[] = [];
        const n = struct.uint();
        node();
        for (let k = 0; k < n; k++) {
          const tag = struct.uint();
          if (tag === 0) {
            const start = used;
            put(cx, cy);
            for (let m = struct.uint(); m > 0; m--) {
              cx += coords.int();
              cy += coords.int();
              put(cx, cy);
            }
            node();
            put(cx, cy);
            // A view of the pool as it is now: growing it later copies, and this view keeps its data.
            ring.push(arcs.push(pool.subarray(start, used)) - 1);
            continue;
          }
          const dist = (tag - 1) >> 1;
          const a = arcs.length - 1 - dist;
          if (a < 0) throw new HistoryFormatError('an arc refers before the first');
          const reversed = (tag - 1) % 2 === 1;
          const pts = arcs[a];
          cx = reversed ? pts[0] : pts[pts.length - 2];
          cy = reversed ? pts[1] : pts[pts.length - 1];
          ring.push(reversed ? ~a : a);
        }
        rings.push(ring);
      }
      polygons.push(rings);
    }
    const held: HistoryFace['held'] = [];
    for (let n = heldIn.uint(); n > 0; n--) {
      const group = heldIn.uint();
      if (group >= groups.length)
        throw new HistoryFormatError(`a face names group ${group} of ${groups.length}`);
      const spans: number[] = [];
      let prev = 0;
      for (let s = 2 * heldIn.uint(); s > 0; s--) spans.push((prev += heldIn.uint()));
      if (prev > dates) throw new HistoryFormatError(`a face is held on date ${prev} of ${dates}`);
      held.push({ g: group, spans });
    }
    faces.push({ polygons, held });
  }
  if (
    arcs.length !== arcCount ||
    nodes.length / 2 !== nodeCount ||
    !struct.done ||
    !coords.done ||
    !heldIn.done
  )
    throw new HistoryFormatError('history file counts do not match its content');
  return { grid: { x0, y0, kx, ky }, dates, firstDate, groups, arcs, faces };
}
