import { describe, expect, it } from 'vitest';
import { fitMercator, pathData } from './projection.ts';

describe('fitMercator', () => {
  it('maps the box corners to the frame, north up', () => {
    // A box 20° wide and 10° tall at the equator is width-limited in a square frame.
    const p = fitMercator([0, -5, 20, 5], 100, 100);
    const [x0, y0] = p([0, 5]);
    const [x1, y1] = p([20, -5]);
    expect(x0).toBeCloseTo(0, 9);
    expect(x1).toBeCloseTo(100, 9);
    expect(y0).toBeLessThan(y1);
    // Centred vertically: equal margins above and below.
    expect(y0).toBeCloseTo(100 - y1, 9);
    expect(p([10, 0])).toEqual([expect.closeTo(50, 9), expect.closeTo(50, 9)]);
  });

  it('stretches latitude as Mercator does (48°N is further from 47°N than the equator from 1°N)', () => {
    const p = fitMercator([30, 0, 40, 50], 1000, 1000);
    const dEq = p([30, 0])[1] - p([30, 1])[1];
    const d48 = p([30, 47])[1] - p([30, 48])[1];
    // sec(47.5°) ≈ 1.48
    expect(d48 / dEq).toBeCloseTo(1 / Math.cos((47.5 * Math.PI) / 180), 2);
  });
});

describe('pathData', () => {
  const identity = ([x, y]: number[]): [number, number] => [x, y];
  it('closes polygon rings, leaves lines open and skips repeated pixels', () => {
    expect(
      pathData(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 0.01],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        identity,
      ),
    ).toBe('M0,0L1,0L1,1L0,0Z');
    expect(
      pathData(
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [2, 3],
          ],
        },
        identity,
      ),
    ).toBe('M0,0L2,3');
    expect(pathData({ type: 'Point', coordinates: [1, 1] }, identity)).toBe('');
    expect(pathData(null, identity)).toBe('');
  });
});
