import { describe, expect, it } from 'vitest';
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

  it('come from sorted indices, repeats allowed', () => {
    expect(spansOfIndices([0, 1, 1, 2, 5, 7, 8])).toEqual([0, 3, 5, 6, 7, 9]);
  });
});
