import { describe, expect, it } from 'vitest';
import { geometryAreaKm2, ringAreaM2 } from './area.ts';
import type { Polygon } from 'geojson';

// WGS84 ellipsoid
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const B2 = A * A * (1 - E2);

/** Area between the equator and latitude φ per radian of longitude, on the ellipsoid (authalic formula). */
function zone(phiDeg: number): number {
  const s = Math.sin((phiDeg * Math.PI) / 180);
  return (B2 / 2) * (s / (1 - E2 * s * s) + (1 / (2 * E)) * Math.log((1 + E * s) / (1 - E * s)));
}

const cell = (x: number, y: number, d = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

describe('geodesic area', () => {
  it('gives the ellipsoidal area of a 1°×1° cell at 48°N', () => {
    // Hand formula for a cell bounded by parallels; the polygon's edges are geodesics, which bow
    // towards the pole by ~100 m over 1°, changing the area by well under 1 km² (0.01 %).
    const expected = ((zone(49) - zone(48)) * (Math.PI / 180)) / 1e6;
    expect(expected).toBeCloseTo(8217.6, 0);
    expect(Math.abs(geometryAreaKm2(cell(30, 48)) - expected)).toBeLessThan(1);
  });

  it('matches the hand formula closely for a thin cell, where edges hug the parallels', () => {
    const expected = ((zone(48.01) - zone(48)) * (0.01 * Math.PI)) / 180 / 1e6;
    expect(geometryAreaKm2(cell(30, 48, 0.01))).toBeCloseTo(expected, 4);
  });

  it('subtracts holes', () => {
    const outer = cell(30, 48).coordinates[0];
    const hole = cell(30.25, 48.25, 0.5).coordinates[0].slice().reverse();
    const withHole = geometryAreaKm2({ type: 'Polygon', coordinates: [outer, hole] });
    expect(withHole).toBeCloseTo(geometryAreaKm2(cell(30, 48)) - geometryAreaKm2(cell(30.25, 48.25, 0.5)), 6);
  });

  it('does not depend on winding or on a repeated closing point', () => {
    const ring = cell(30, 48).coordinates[0];
    expect(ringAreaM2(ring.slice().reverse())).toBeCloseTo(ringAreaM2(ring), 3);
    expect(ringAreaM2(ring.slice(0, -1))).toBeCloseTo(ringAreaM2(ring), 3);
  });

  it('sums the parts of a MultiPolygon and ignores degenerate rings and non-areal geometry', () => {
    const a = cell(30, 48);
    const b = cell(32, 48);
    expect(
      geometryAreaKm2({ type: 'MultiPolygon', coordinates: [a.coordinates, b.coordinates] }),
    ).toBeCloseTo(geometryAreaKm2(a) + geometryAreaKm2(b), 6);
    expect(
      ringAreaM2([
        [30, 48],
        [31, 48],
        [30, 48],
      ]),
    ).toBe(0);
    expect(geometryAreaKm2({ type: 'Point', coordinates: [30, 48] })).toBe(0);
    expect(geometryAreaKm2(null)).toBe(0);
  });
});
