import { describe, expect, it } from 'vitest';
import { decodeHistory, HistoryFormatError, type HistoryData } from './history-format.ts';
import { encodeHistory } from './history-encode.ts';
import { VarintReader, VarintWriter } from './varint.ts';

// Two unit squares sharing the edge x = 1 (arc 1, run backwards by the second face).
const DATA: HistoryData = {
  grid: { x0: 30, y0: 45, kx: 0.001, ky: 0.002 },
  dates: 10,
  firstDate: '2022-04-04',
  groups: [
    { u: 'donetsk', s: 'ru' },
    { u: 'kursk', s: 'contested' },
  ],
  arcs: [
    Int32Array.from([1, 0, 0, 0, 0, 1, 1, 1]),
    Int32Array.from([1, 1, 1, 0]),
    Int32Array.from([1, 0, 2, 0, 2, 1, 1, 1]),
  ],
  faces: [
    { polygons: [[[0, 1]]], held: [{ g: 0, spans: [0, 4, 6, 10] }] },
    { polygons: [[[2, ~1]]], held: [{ g: 1, spans: [3, 5] }] },
  ],
};

describe('varints', () => {
  it('round-trip unsigned and signed numbers of every size', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 40 + 5];
    const w = new VarintWriter();
    for (const v of values) {
      w.uint(v);
      w.int(-v);
    }
    const r = new VarintReader(w.result());
    for (const v of values) expect([r.uint(), r.int()]).toEqual([v, v === 0 ? 0 : -v]);
    expect(r.done).toBe(true);
    expect(() => r.uint()).toThrow(/end of data/);
  });
});

describe('history file', () => {
  it('reads back what was written: grid, dates, groups, faces on their arcs, spans', () => {
    const back = decodeHistory(encodeHistory(DATA));
    expect(back.grid).toEqual(DATA.grid);
    expect([back.dates, back.firstDate, back.groups]).toEqual([10, '2022-04-04', DATA.groups]);
    const points = (h: HistoryData, f: number) =>
      h.faces[f].polygons[0][0].flatMap((ref) => {
        const a = h.arcs[ref < 0 ? ~ref : ref];
        const pts = Array.from({ length: a.length / 2 }, (_, k) => [a[2 * k], a[2 * k + 1]]);
        return (ref < 0 ? pts.reverse() : pts).slice(1);
      });
    expect(back.faces).toHaveLength(2);
    for (const f of [0, 1]) expect(points(back, f)).toEqual(points(DATA, f));
    expect(back.faces.map((f) => f.held)).toEqual(DATA.faces.map((f) => f.held));
    // The shared edge is stored once.
    expect(back.arcs).toHaveLength(3);
  });

  it('refuses what is not a history file, a truncated one and a damaged one, saying which', () => {
    const bytes = encodeHistory(DATA);
    expect(() => decodeHistory(new TextEncoder().encode('{"type":"Topology"}'))).toThrow(
      /not a history file/,
    );
    expect(() => decodeHistory(bytes.slice(0, bytes.length - 3))).toThrow(HistoryFormatError);
    const damaged = bytes.slice();
    damaged[damaged.length - 1] = 0xff;
    expect(() => decodeHistory(damaged)).toThrow(HistoryFormatError);
    const version = bytes.slice();
    version[4] = 9;
    expect(() => decodeHistory(version)).toThrow(/version 9/);
  });
});
