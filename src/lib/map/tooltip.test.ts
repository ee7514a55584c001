import { describe, expect, it } from 'vitest';
import { tooltipTransform } from './tooltip.ts';

describe('tooltipTransform', () => {
  it('goes right of and below the pointer in the upper left', () => {
    expect(tooltipTransform(10, 10, 800, 600)).toBe('translate(12px, 12px)');
  });
  it('goes left of the pointer near the right edge, above it near the bottom', () => {
    expect(tooltipTransform(790, 10, 800, 600)).toBe('translate(calc(-100% - 12px), 12px)');
    expect(tooltipTransform(790, 590, 800, 600)).toBe('translate(calc(-100% - 12px), calc(-100% - 12px))');
  });
});
