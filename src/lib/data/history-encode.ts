/**
 * Writes the control history file; its layout is documented in history-format.ts, which reads it.
 * Apart from the reader so that the page, which only reads, does not ship the writer.
 */
import { VarintWriter } from './varint.ts';
import { HISTORY_MAGIC, STATUSES, toDay, type HistoryData } from './history-format.ts';

/** Position along a Hilbert curve of order 16, for putting neighbouring faces next to each other. */
function hilbert(x: number, y: number): number {
  let d = 0;
  for (let s = 1 << 15; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}

const arcIndex = (ref: number) => (ref < 0 ? ~ref : ref);

/** Encodes a history. Faces are reordered (Hilbert order); arcs are written as the faces first use them. */
export function encodeHistory(h: HistoryData): Uint8Array {
  const startOf = (ref: number) => {
    const a = h.arcs[arcIndex(ref)];
    return ref < 0 ? [a[a.length - 2], a[a.length - 1]] : [a[0], a[1]];
  };
  let max = 1;
  for (const a of h.arcs) for (const v of a) if (v > max) max = v;
  const shift = Math.max(0, Math.ceil(Math.log2(max + 1)) - 16);
  const order = h.faces
    .map((f, i) => {
      const [x, y] = startOf(f.polygons[0][0][0]);
      return { i, d: hilbert(x >> shift, y >> shift) };
    })
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((o) => o.i);

  const struct = new VarintWriter();
  const coords = new VarintWriter();
  const held = new VarintWriter();
  const nodeIds = new Map<number, number>();
  /** Per arc written: its place in the file, and whether it was written reversed. */
  const arcIds = new Map<number, { id: number; flipped: boolean }>();
  let cx = 0;
  let cy = 0;
  const node = (x: number, y: number) => {
    const key = x * 67_108_864 + y;
    const id = nodeIds.get(key);
    if (id === undefined) {
      nodeIds.set(key, nodeIds.size);
      struct.uint(0);
      coords.int(x - cx);
      coords.int(y - cy);
    } else struct.uint(nodeIds.size - id);
    cx = x;
    cy = y;
  };
  for (const fi of order) {
    const face = h.faces[fi];
    struct.uint(face.polygons.length);
    for (const polygon of face.polygons) {
      struct.uint(polygon.length);
      for (const ring of polygon) {
        struct.uint(ring.length);
        const [sx, sy] = startOf(ring[0]);
        node(sx, sy);
        for (const ref of ring) {
          const a = arcIndex(ref);
          const points = h.arcs[a];
          const n = points.length / 2;
          const seen = arcIds.get(a);
          if (seen !== undefined) {
            struct.uint(1 + 2 * (arcIds.size - 1 - seen.id) + (ref < 0 !== seen.flipped ? 1 : 0));
            [cx, cy] = ref < 0 ? [points[0], points[1]] : [points[2 * n - 2], points[2 * n - 1]];
            continue;
          }
          // A new arc is written in the direction the ring runs it.
          arcIds.set(a, { id: arcIds.size, flipped: ref < 0 });
          struct.uint(0);
          struct.uint(n - 2);
          for (let k = 1; k < n - 1; k++) {
            const i = ref < 0 ? n - 1 - k : k;
            coords.int(points[2 * i] - cx);
            coords.int(points[2 * i + 1] - cy);
            cx = points[2 * i];
            cy = points[2 * i + 1];
          }
          const end = ref < 0 ? 0 : n - 1;
          node(points[2 * end], points[2 * end + 1]);
        }
      }
    }
    held.uint(face.held.length);
    for (const { g, spans } of face.held) {
      held.uint(g);
      held.uint(spans.length / 2);
      let prev = 0;
      for (const s of spans) {
        held.uint(s - prev);
        prev = s;
      }
    }
  }
  const out = new VarintWriter();
  out.raw(new TextEncoder().encode(HISTORY_MAGIC));
  out.raw(Uint8Array.of(1));
  const grid = new DataView(new ArrayBuffer(32));
  [h.grid.x0, h.grid.y0, h.grid.kx, h.grid.ky].forEach((v, i) => grid.setFloat64(8 * i, v, true));
  out.raw(new Uint8Array(grid.buffer));
  out.uint(h.dates);
  out.uint(toDay(h.firstDate));
  out.uint(h.groups.length);
  for (const g of h.groups) {
    const name = new TextEncoder().encode(g.u);
    out.uint(name.length);
    out.raw(name);
    out.raw(Uint8Array.of(STATUSES.indexOf(g.s)));
  }
  out.uint(h.faces.length);
  out.uint(arcIds.size);
  out.uint(nodeIds.size);
  const streams = [struct.result(), coords.result(), held.result()];
  for (const s of streams) out.uint(s.length);
  for (const s of streams) out.raw(s);
  return out.result();
}
