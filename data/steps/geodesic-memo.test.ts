import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { polygonAreaM2, ringAreaM2 } from '../../src/lib/geo/area.ts';
import { memoGeodesic } from './geodesic-memo.ts';

/** A closed ring of `n` points around (lon, lat), its radius wobbling so that no two edges match. */
function ring(lon: number, lat: number, n: number, r: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    const w = r * (1 + 0.1 * Math.sin(7 * t));
    out.push([lon + w * Math.cos(t), lat + w * Math.sin(t)]);
  }
  return [...out, out[0]];
}

describe('the geodesic that remembers edges', () => {
  it('gives every area bit for bit as WGS84 does, first time and again, past many table growths', () => {
    const geod = memoGeodesic();
    const rings = [ring(30, 48, 5000, 0.5), ring(30.1, 48, 5000, 0.5), ring(37, 47, 9, 0.01)];
    for (let pass = 0; pass < 2; pass++)
      for (const r of rings) expect(Object.is(ringAreaM2(r, geod), ringAreaM2(r))).toBe(true);
  });

  it('tells an edge from the same edge run backwards, so holes and reversed rings measure alike', () => {
    const geod = memoGeodesic();
    const outer = ring(35, 50, 40, 1);
    const hole = ring(35, 50, 40, 0.5).reverse();
    expect(polygonAreaM2([outer, hole], geod)).toBe(polygonAreaM2([outer, hole]));
    expect(ringAreaM2(outer.slice().reverse(), geod)).toBe(ringAreaM2(outer.slice().reverse()));
    expect(ringAreaM2(outer, geod)).toBe(ringAreaM2(outer));
  });
});
