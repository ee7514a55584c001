import { describe, expect, it } from 'vitest';
import {
  coverPadding,
  fitView,
  NO_COVER,
  PRESENT_MARGIN,
  presentCover,
  presentPanelWidth,
  screenPoint,
} from './cover.ts';

describe('presentCover', () => {
  it('puts the panel in a column at the left on a wide screen and below the map on a phone', () => {
    expect(presentCover(600)).toEqual({ left: 0, bottom: 0.55 });
    expect(presentCover(360)).toEqual({ left: 0, bottom: 0.55 });
    for (const w of [601, 1024, 1280, 1366, 1920]) {
      const { left, bottom } = presentCover(w);
      expect(bottom).toBe(0);
      // The cover is the panel and its margins, so the camera centres its view beside the panel.
      expect(left * w).toBeCloseTo(presentPanelWidth(w) + 2 * PRESENT_MARGIN, 6);
    }
  });

  it('leaves most of the screen to the map: the panel takes well under half', () => {
    expect(presentPanelWidth(1024)).toBe(430);
    expect(presentCover(1024).left).toBeLessThan(0.46);
    expect(presentCover(1366).left).toBeLessThan(0.45);
    expect(presentPanelWidth(1280)).toBe(538);
    expect(presentPanelWidth(2560)).toBe(560);
    expect(presentPanelWidth(700)).toBe(340);
  });
});

describe('coverPadding', () => {
  it('pads the covered side only', () => {
    expect(coverPadding({ left: 0.5, bottom: 0 }, 1280, 800)).toEqual({
      left: 640,
      top: 0,
      right: 0,
      bottom: 0,
    });
    expect(coverPadding(presentCover(360), 360, 640)).toEqual({ left: 0, top: 0, right: 0, bottom: 352 });
    expect(coverPadding(NO_COVER, 360, 640)).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
  });
});

describe('fitView and screenPoint', () => {
  const HOME: [[number, number], [number, number]] = [
    [30.2, 44.3],
    [40.4, 52.2],
  ];

  it('fits a box whole into the part of the map a panel leaves seen', () => {
    for (const [w, h] of [
      [1024, 768],
      [1280, 720],
      [1366, 768],
      [360, 740],
    ]) {
      const cover = presentCover(w);
      const view = fitView(HOME, w, h, cover);
      const pad = coverPadding(cover, w, h);
      const [left, top] = screenPoint(HOME[0][0], HOME[1][1], view, w, h, cover);
      const [right, bottom] = screenPoint(HOME[1][0], HOME[0][1], view, w, h, cover);
      expect(left).toBeGreaterThanOrEqual(pad.left + 23);
      expect(right).toBeLessThanOrEqual(w - 23);
      expect(top).toBeGreaterThanOrEqual(23);
      expect(bottom).toBeLessThanOrEqual(h - pad.bottom - 23);
      // …and fills it on one side.
      expect(Math.min(left - pad.left, w - right, top, h - pad.bottom - bottom)).toBeLessThan(26);
    }
  });

  it('puts the centre of the view in the middle of the part seen', () => {
    const view = { lon: 33.2, lat: 46.8, zoom: 7.5 };
    expect(screenPoint(33.2, 46.8, view, 1366, 768, presentCover(1366))).toEqual([
      (presentCover(1366).left * 1366 + 1366) / 2,
      384,
    ]);
    // One zoom level doubles distances.
    const [x1] = screenPoint(34.2, 46.8, view, 1000, 800);
    const [x2] = screenPoint(34.2, 46.8, { ...view, zoom: 8.5 }, 1000, 800);
    expect(x2 - 500).toBeCloseTo(2 * (x1 - 500), 6);
  });
});
