import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { cut, prepareUnits, SLIVER_KM2 } from './pieces.ts';
import type { UnitFeature } from './units.ts';
import { geometryAreaKm2 } from '../../src/lib/geo/area.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const unit = (id: string, ring: Position[]): UnitFeature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [ring] },
  properties: {
    id,
    iso: id,
    country: 'UA',
    region: 'other',
    name_en: id,
    name_uk: id,
    km2: 0,
    official_km2: null,
  },
});
const west = unit('west', rect(30, 48, 31, 49));
const east = unit('east', rect(31, 48, 32, 49));
const units = prepareUnits([west, east]);
const signed = (ring: Position[]) =>
  ring.slice(0, -1).reduce((s, p, i) => s + p[0] * ring[i + 1][1] - ring[i + 1][0] * p[1], 0);

describe('cutting control by units', () => {
  it('splits a polygon straddling two units into pieces that add up to the whole', () => {
    // The border vertices (31, y) are in the ring, so whole and pieces have the same geodesic edges;
    // without them the long edges would bow differently from the cut ones (0.06 km² here).
    const ring: Position[] = [
      [30.5, 48.2],
      [31, 48.2],
      [31.5, 48.2],
      [31.5, 48.8],
      [31, 48.8],
      [30.5, 48.8],
      [30.5, 48.2],
    ];
    const control: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring]] };
    const pieces = cut(control, units);
    expect(pieces.map((p) => p.u)).toEqual(['west', 'east']);
    expect(pieces[0].km2 + pieces[1].km2).toBeCloseTo(geometryAreaKm2(control), 6);
    expect(pieces[0].km2).toBeCloseTo(
      geometryAreaKm2({ type: 'Polygon', coordinates: [rect(30.5, 48.2, 31, 48.8)] }),
      6,
    );
  });

  it("gives a unit's whole area when control covers it, and nothing outside every unit", () => {
    const control: MultiPolygon = { type: 'MultiPolygon', coordinates: [[rect(29, 47, 31, 50)]] };
    const pieces = cut(control, units);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].km2).toBeCloseTo(geometryAreaKm2(west.geometry), 6);
  });

  it('keeps holes, so a held ring around a free town is measured without it', () => {
    const control: Polygon = {
      type: 'Polygon',
      coordinates: [rect(30.1, 48.1, 30.9, 48.9), rect(30.4, 48.4, 30.6, 48.6).reverse()],
    };
    const [piece] = cut({ type: 'MultiPolygon', coordinates: [control.coordinates] }, units);
    expect(piece.km2).toBeCloseTo(geometryAreaKm2(control), 6);
    expect(piece.geometry.coordinates[0]).toHaveLength(2);
  });

  it('drops slivers along unit borders', () => {
    // 0.000004° × 0.5° ≈ 0.017 km² in total, split across the border: both halves are below the threshold
    const control: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[rect(30.999998, 48.2, 31.000002, 48.7)]],
    };
    expect(geometryAreaKm2(control) / 2).toBeLessThan(SLIVER_KM2);
    expect(cut(control, units)).toEqual([]);
  });

  it('winds outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    const control: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[rect(30.1, 48.1, 30.9, 48.9).reverse(), rect(30.4, 48.4, 30.6, 48.6)]],
    };
    const [piece] = cut(control, units);
    expect(signed(piece.geometry.coordinates[0][0])).toBeGreaterThan(0);
    expect(signed(piece.geometry.coordinates[0][1])).toBeLessThan(0);
  });
});
