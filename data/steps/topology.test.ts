import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { collection, subsetTopology, toTopology } from './topology.ts';
import { squareFeature } from '../../test/fixtures/squares.ts';

const square = (x: number, y: number) => squareFeature(x, y, { x });

// Day 1: two squares sharing the edge x = 1; day 2: the first square alone; day 3: one far away.
const whole = toTopology({
  d1: collection([square(0, 0), square(1, 0)]),
  d2: collection([square(0, 0)]),
  d3: collection([square(5, 5)]),
});

describe('subsetTopology', () => {
  it('keeps only the named objects and the arcs they use', () => {
    const sub = subsetTopology(whole, ['d2']);
    expect(Object.keys(sub.objects)).toEqual(['d2']);
    expect(sub.arcs.length).toBeGreaterThan(0);
    expect(sub.arcs.length).toBeLessThan(whole.arcs.length);
    expect(sub.transform).toEqual(whole.transform);
  });

  it('decodes to exactly the positions the whole topology gives, reversed arcs included', () => {
    for (const names of [['d1'], ['d2'], ['d3'], ['d1', 'd3']]) {
      const sub = subsetTopology(whole, names);
      for (const n of names) {
        expect(feature(sub, sub.objects[n] as GeometryCollection)).toEqual(
          feature(whole, whole.objects[n] as GeometryCollection),
        );
      }
    }
  });
});
