/** Topology of input polygons: what is rejected, what is accepted, and how the message says where. */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Position } from 'geojson';
import { validAreal } from './validate.ts';

/** A closed ring through the given corners, offset into Ukraine (lon 30, lat 48) so the extent check passes. */
const ring = (...corners: [number, number][]): Position[] =>
  [...corners, corners[0]].map(([x, y]) => [30 + x, 48 + y]);
const square = (x: number, y: number, d: number) => ring([x, y], [x + d, y], [x + d, y + d], [x, y + d]);
const multi = (...polygons: Position[][][]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: polygons,
});
const check =
  (...polygons: Position[][][]) =>
  () =>
    validAreal(multi(...polygons), 'day.geojson', 'feature 0, 2024-07-08');

describe('rings that cross or touch themselves', () => {
  it('rejects a bow-tie, naming the file, feature, polygon, ring, positions and coordinates', () => {
    expect(check([square(0, 0, 1)], [ring([2, 0], [3, 1], [3, 0], [2, 1])])).toThrow(
      'day.geojson (feature 0, 2024-07-08): ring intersects itself: ' +
        'the edge from polygon 1 ring 0 position 0 [32, 48] to position 1 [33, 49] ' +
        'crosses the edge from polygon 1 ring 0 position 2 [33, 48] to position 3 [32, 49]',
    );
  });

  it('counts the other crossings', () => {
    const zigzag = ring([0, 0], [4, 1], [4, 0], [3, 1], [2, 0], [1, 1]);
    expect(check([zigzag])).toThrow(/crosses .* \(and \d+ more\)$/);
  });

  it('rejects a vertex lying on another edge of its own ring', () => {
    expect(check([ring([0, 0], [4, 0], [4, 4], [2, 0.000001], [2, 0], [0, 4])])).toThrow(
      /ring intersects itself: .* touches the edge/,
    );
  });

  it('rejects a ring that runs back along itself (a spike)', () => {
    expect(check([ring([0, 0], [2, 0], [2, 2], [2, 3], [2, 1], [0, 2])])).toThrow(
      'polygon 0 ring 0: the ring folds back on itself at position 3 [32, 51]',
    );
    expect(check([ring([0, 0], [1, 0], [2, 0])])).toThrow('folds back');
  });

  // A V-shaped notch from the top down to [2, 2]; a second loop leaves the ring there.
  const notch = (...loop: [number, number][]) =>
    ring([0, 0], [4, 0], [4, 4], [2, 2], ...loop, [2, 2], [0, 4]);

  it('accepts a ring passing twice through a vertex to cut out a hole (the 2022 series has some)', () => {
    // The loop goes down into the ring, wound the other way (clockwise): the hole is left out of the area.
    expect(check([notch([2.5, 1], [1.5, 1])])).not.toThrow();
    expect(check([notch([2.5, 1], [1.5, 1]).reverse()])).not.toThrow();
    // Or up into the notch, outside the ring, wound the same way: a lobe.
    expect(check([notch([2.5, 3], [1.5, 3])])).not.toThrow();
  });

  it('rejects a figure-eight or a loop covering the ring twice, which would count land wrongly', () => {
    expect(check([notch([1.5, 3], [2.5, 3])])).toThrow(
      'polygon 0 ring 0: the ring passes twice through this position and one of its loops winds the other way ' +
        'outside the rest (a figure-eight): polygon 0 ring 0 position 3 [32, 50]',
    );
    expect(check([notch([1.5, 1], [2.5, 1])])).toThrow(
      'the ring passes twice through this position and one of its loops covers another',
    );
  });

  it('rejects a ring passing through two positions in crossing order', () => {
    const a: [number, number] = [2, 2];
    const b: [number, number] = [2, 3];
    expect(check([ring([0, 0], [4, 0], a, [3, 3], b, [1, 2.5], a, [2.5, 2.5], b, [0, 4])])).toThrow(
      /ring intersects itself|crosses itself/,
    );
  });
});

describe('rings of a geometry against each other', () => {
  const shell = square(0, 0, 4);

  it('accepts holes inside their shell, touching it or each other at a point', () => {
    expect(check([shell, square(1, 1, 1), square(2, 2, 1)])).not.toThrow();
    expect(check([shell, ring([0, 0], [1, 2], [2, 1])])).not.toThrow();
  });

  it('accepts polygons touching at a point, and an island in a hole', () => {
    expect(check([square(0, 0, 1)], [square(1, 1, 1)])).not.toThrow();
    expect(check([shell, square(1, 1, 2)], [square(1.5, 1.5, 1)])).not.toThrow();
  });

  it('rejects a hole crossing or running along its shell', () => {
    expect(check([shell, square(3, 1, 2)])).toThrow(
      /rings intersect: the edge from polygon 0 ring 0 position 1 \[34, 48\] .* crosses the edge from polygon 0 ring 1/,
    );
    expect(check([shell, square(2, 1, 2)])).toThrow(/rings intersect: .* runs along the edge/);
  });

  it('rejects a hole outside its shell, or inside another hole', () => {
    expect(check([shell, square(5, 5, 1)])).toThrow(
      "polygon 0 ring 1 is a hole outside its polygon's outer ring: polygon 0 ring 1 position 0 [35, 53] lies outside it",
    );
    expect(check([shell, square(1, 1, 2), square(1.5, 1.5, 1)])).toThrow(
      'polygon 0 ring 2 is a hole inside another hole, polygon 0 ring 1',
    );
    expect(check([shell, square(1.5, 1.5, 1), square(1, 1, 2)])).toThrow(
      'polygon 0 ring 1 is a hole inside another hole, polygon 0 ring 2',
    );
  });

  it('rejects overlapping polygons, which an area sum would count twice', () => {
    expect(check([shell], [square(1, 1, 1)])).toThrow(
      'polygon 1 overlaps polygon 0: polygon 1 ring 0 position 0 [31, 49] lies inside polygon 0',
    );
    expect(check([square(1, 1, 1)], [shell])).toThrow('polygon 0 overlaps polygon 1');
    expect(check([shell], [square(3, 3, 2)])).toThrow(/rings intersect/);
    expect(check([shell], [shell])).toThrow(/rings intersect: .* runs along/);
  });
});

describe('large rings', () => {
  it('checks a ring of 100,000 vertices, finding no crossing where none is', () => {
    // A star-shaped ring: many short edges, none crossing.
    const n = 100_000;
    const corners = Array.from({ length: n }, (_, k): [number, number] => {
      const a = (2 * Math.PI * k) / n;
      const r = 3 + (k % 2) * 0.01;
      return [5 + r * Math.cos(a), 5 + r * Math.sin(a)];
    });
    // About 0.7 s on the 2-core development machine (speed is the bench's to measure, not a test's).
    expect(check([ring(...corners)])).not.toThrow();
  });
});
