import { describe, expect, it } from 'vitest';
import { containRect, imageLayout, SQUARE_PANEL_MAX, type Rect } from './image-layout.ts';

const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
const apart = (a: Rect, b: Rect) =>
  a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

describe('imageLayout', () => {
  it.each([
    ['landscape', 1200, 675],
    ['square', 1080, 1080],
  ] as const)('%s: %i×%i with every part inside and none overlapping', (format, w, h) => {
    const l = imageLayout(format);
    expect([l.width, l.height]).toEqual([w, h]);
    const parts = [l.header, l.map, l.panel, l.footer];
    for (const p of parts) expect(inside(p, w, h)).toBe(true);
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) expect(apart(parts[i], parts[j])).toBe(true);
    expect(l.map.w * l.map.h).toBeGreaterThan(w * h * 0.35);
  });
});

describe('square layout', () => {
  it('gives the map the height the panel does not need', () => {
    const short = imageLayout('square', 80);
    const tall = imageLayout('square', 200);
    expect(short.panel.h).toBe(80);
    expect(short.map.h - tall.map.h).toBe(120);
    expect(short.map.h).toBeGreaterThan(780);
    expect(short.panel.y + short.panel.h).toBe(tall.panel.y + tall.panel.h);
  });

  it('keeps the map readable when the panel asks for too much', () => {
    const l = imageLayout('square', 2000);
    expect(l.panel.h).toBe(SQUARE_PANEL_MAX);
    expect(l.map.h).toBeGreaterThan(550);
  });
});

describe('containRect', () => {
  it('fits the whole image into the box, centred, keeping its shape', () => {
    expect(containRect(1000, 500, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 0, y: 25, w: 100, h: 50 });
    expect(containRect(400, 800, { x: 9, y: 9, w: 200, h: 100 })).toEqual({ x: 84, y: 9, w: 50, h: 100 });
  });
});
