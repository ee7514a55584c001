import { describe, expect, it } from 'vitest';
import { snapRound, touchesPixel } from './snap-round.ts';
import { overlay } from './overlay.ts';
import { OUTSIDE } from './planar.ts';

const square = (x0: number, y0: number, x1: number, y1: number) =>
  Int32Array.from([x0, y0, x1, y0, x1, y1, x0, y1]);

describe('snap rounding', () => {
  it('puts a node where two segments cross, rounded to the grid, and routes both through it', () => {
    const { xs, ys, chains } = snapRound(Int32Array.from([0, 0, 10, 10, 0, 10, 10, 0]));
    const at = (id: number) => [xs[id], ys[id]];
    expect(chains.map((c) => Array.from(c, at))).toEqual([
      [
        [0, 0],
        [5, 5],
        [10, 10],
      ],
      [
        [0, 10],
        [5, 5],
        [10, 0],
      ],
    ]);
  });

  it('leaves no crossing where two unit diagonals cross on a pixel corner (the case that broke the overlay)', () => {
    const { chains } = snapRound(
      Int32Array.from([132330, 52817, 132331, 52818, 132331, 52817, 132330, 52818]),
    );
    // The crossing at (…330.5, …817.5) rounds to (…331, …818), the first diagonal's end: the second
    // diagonal bends through it instead of crossing.
    expect(chains.map((c) => c.length)).toEqual([2, 3]);
    expect(chains[1][1]).toBe(chains[0][1]);
  });

  it('counts a pixel corner to one pixel only, the one rounding gives', () => {
    // The segment from (0, 1) to (1, 0) passes through (0.5, 0.5): pixel (1, 1) holds that corner.
    expect(touchesPixel(0, 1, 1, 0, 1, 1)).toBe(true);
    expect(touchesPixel(0, 1, 1, 0, 0, 0)).toBe(false);
    expect(touchesPixel(0, 0, 10, 0, 5, 1)).toBe(false);
    expect(touchesPixel(0, 0, 10, 1, 5, 0)).toBe(true);
  });
});

describe('overlay', () => {
  it('splits two overlapping squares into three faces and knows which layers each lies in', () => {
    const { planar, inside } = overlay([
      { rings: [square(0, 0, 10, 10)] },
      { rings: [square(5, 5, 15, 15)] },
    ]);
    const areaOf = (f: number) =>
      Array.from(planar.cycleArea2).reduce((s, a, c) => (planar.cycleFace[c] === f ? s + a / 2 : s), 0);
    const faces = Object.fromEntries(inside.map((ins, f) => [ins.join('+'), areaOf(f)]));
    expect(faces).toEqual({ '0': 75, '0+1': 25, '1': 75 });
  });

  it('gives a hole to the face around it, and the hole’s inside to no layer', () => {
    const hole = Int32Array.from([2, 2, 2, 8, 8, 8, 8, 2]); // clockwise
    const island = square(4, 4, 6, 6);
    const { planar, inside } = overlay([{ rings: [square(0, 0, 10, 10), hole] }, { rings: [island] }]);
    expect(planar.faces).toBe(3);
    const ring = inside.findIndex((ins) => ins.join() === '0');
    expect(ring).toBeGreaterThanOrEqual(0);
    // The ring face's area is its outer ring less the hole: 100 − 36.
    const area = Array.from(planar.cycleArea2).reduce(
      (s, a, c) => (planar.cycleFace[c] === ring ? s + a / 2 : s),
      0,
    );
    expect(area).toBe(64);
    expect(inside.filter((ins) => ins.length === 0)).toHaveLength(1);
    // Every cycle bounds a face or the outside, and the outside is where it should be.
    expect(Array.from(planar.cycleFace).filter((f) => f === OUTSIDE)).toHaveLength(1);
  });

  it('does not leak a layer across a ring that runs back on itself where the grid closed a sliver', () => {
    // A square with a zero-width spike out to x = 20 along y = 5.
    const spiked = Int32Array.from([0, 0, 10, 0, 10, 5, 20, 5, 10, 5, 10, 10, 0, 10]);
    const { inside } = overlay([{ rings: [spiked] }, { rings: [square(30, 30, 40, 40)] }]);
    expect(inside.filter((ins) => ins.includes(0))).toHaveLength(1);
    expect(inside.filter((ins) => ins.includes(1))).toHaveLength(1);
  });
});
