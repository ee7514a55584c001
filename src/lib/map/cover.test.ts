import { describe, expect, it } from 'vitest';
import { coverPadding, NO_COVER, presentCover } from './cover.ts';

describe('presentCover', () => {
  it('puts the panel beside the map on a wide screen and below it on a phone', () => {
    expect(presentCover(1280)).toEqual({ left: 0.55, bottom: 0 });
    expect(presentCover(601)).toEqual({ left: 0.55, bottom: 0 });
    expect(presentCover(600)).toEqual({ left: 0, bottom: 0.55 });
    expect(presentCover(360)).toEqual({ left: 0, bottom: 0.55 });
  });
});

describe('coverPadding', () => {
  it('pads the covered side only', () => {
    expect(coverPadding(presentCover(1280), 1280, 800)).toEqual({ left: 704, top: 0, right: 0, bottom: 0 });
    expect(coverPadding(presentCover(360), 360, 640)).toEqual({ left: 0, top: 0, right: 0, bottom: 352 });
    expect(coverPadding(NO_COVER, 360, 640)).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
  });
});
