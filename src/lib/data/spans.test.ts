import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inSpans, spansOfIndices, unionSpans, xorSpans } from './spans.ts';

describe('spans of date indices', () => {
  it('tell whether an index falls in them, ends excluded', () => {
    const spans = [2, 5, 8, 9];
    expect([0, 2, 4, 5, 7, 8, 9].map((i) => inSpans(spans, i))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(inSpans([], 0)).toBe(false);
    expect(inSpans(undefined, 0)).toBe(false);
  });

  it('join into one list, touching spans merged', () => {
    expect(
      unionSpans([
        [0, 2, 8, 9],
        [2, 4],
        [6, 7],
      ]),
    ).toEqual([0, 4, 6, 7, 8, 9]);
  });

  it('give the indices in exactly one of two lists', () => {
    expect(xorSpans([0, 4], [2, 6])).toEqual([0, 2, 4, 6]);
    expect(xorSpans([0, 5], [5, 10])).toEqual([0, 10]);
    expect(xorSpans([0, 5], [0, 5])).toEqual([]);
    expect(xorSpans([1, 3, 7, 9], [])).toEqual([1, 3, 7, 9]);
  });

  it('xor: an index is in the result exactly when it is in one list (random lists)', () => {
    const spans = fc
      .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 })
      .map((edges) => edges.sort((x, y) => x - y).slice(0, edges.length - (edges.length % 2)));
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        const x = xorSpans(a, b);
        for (let i = 0; i <= 41; i++) expect(inSpans(x, i)).toBe(inSpans(a, i) !== inSpans(b, i));
        for (let k = 1; k < x.length; k++) expect(x[k]).toBeGreaterThan(x[k - 1]);
      }),
      { numRuns: 1000 },
    );
  });

  it('come from sorted indices, repeats allowed', () => {
    expect(spansOfIndices([0, 1, 1, 2, 5, 7, 8])).toEqual([0, 3, 5, 6, 7, 9]);
  });
});
