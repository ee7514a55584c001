import { describe, expect, it } from 'vitest';
import { dots, hatch } from './pattern.ts';

const ink = (img: ReturnType<typeof hatch>, x: number, y: number) =>
  img.data[(y * img.width + x) * 4 + 3] === 255;

describe('hatch', () => {
  it('draws diagonal stripes of the given colour that tile across edges', () => {
    const img = hatch('#102030', 8, 2);
    expect(img.data.length).toBe(8 * 8 * 4);
    expect(Array.from(img.data.slice(0, 4))).toEqual([0x10, 0x20, 0x30, 255]);
    // Stripe pixels sit where (x + y) mod 8 < 2: (0,0), (1,0), (7,1), (1,7)…
    expect(ink(img, 1, 0) && ink(img, 7, 1) && ink(img, 1, 7)).toBe(true);
    expect(ink(img, 2, 0) || ink(img, 4, 3)).toBe(false);
    // A quarter of the tile is ink: 2 of every 8 diagonals.
    let count = 0;
    for (let i = 3; i < img.data.length; i += 4) count += img.data[i] === 255 ? 1 : 0;
    expect(count).toBe(16);
  });

  it('adds the other diagonal when crossed', () => {
    const img = hatch('#000000', 8, 1, true);
    expect(ink(img, 3, 3)).toBe(true); // x − y = 0
    expect(ink(img, 4, 4)).toBe(true);
    expect(ink(img, 3, 4)).toBe(false);
  });
});

describe('dots', () => {
  it('draws one round dot in the middle of each tile', () => {
    const img = dots('#102030', 10, 2);
    expect(ink(img, 5, 5) && ink(img, 4, 4) && ink(img, 6, 4)).toBe(true);
    expect(ink(img, 0, 0) || ink(img, 9, 9) || ink(img, 1, 5)).toBe(false);
  });
});
