import { describe, expect, it } from 'vitest';
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { computeZone, lineOfContact, pointsInside } from './zone.ts';
import { chainLines, onOutline } from './lines.ts';
import { geometryAreaKm2 } from './area.ts';

/** A lon/lat rectangle with a point every 0.01°, as real boundaries have, so its sides follow the parallels. */
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => {
  const side = (a: number[], b: number[]) => {
    const n = Math.round(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / 0.01);
    return Array.from({ length: n }, (_, i) => [
      a[0] + ((b[0] - a[0]) * i) / n,
      a[1] + ((b[1] - a[1]) * i) / n,
    ]);
  };
  const corners = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const ring = corners.flatMap((c, i) => side(c, corners[(i + 1) % 4]));
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
};
// "Ukraine" is 2° × 1° at 48° N, one unit; Russia holds its western half. The line of control is
// the held half's outline: three sides on the outline (border, coast), one across the land.
const UKRAINE = rect(30, 48, 32, 49);
const HELD = rect(30, 48, 31, 49);
const LINE: MultiLineString = { type: 'MultiLineString', coordinates: [HELD.coordinates[0]] };
/** Length of the contact x = 31 from 48° to 49° N, km (a meridian degree there). */
const LENGTH = 111.2;

const zone = (km: number, sides: 'both' | 'ua' | 'ru' = 'both') =>
  computeZone({
    contact: lineOfContact(LINE, onOutline(UKRAINE)),
    units: [{ id: 'u', geometry: UKRAINE }],
    russianHeld: { u: HELD },
    km,
    sides,
  });

describe('buffer zones along the line of contact', () => {
  it('join short lines end to end, whichever way they run', () => {
    const chained = chainLines([
      [
        [1, 0],
        [2, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [3, 0],
        [2, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
    expect(chained).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
  });

  it('keep only the line across the land, not the coast or the border', () => {
    const contact = lineOfContact(LINE, onOutline(UKRAINE));
    expect(contact.coordinates).toHaveLength(1);
    const [line] = contact.coordinates;
    expect(line.every(([x]) => x === 31)).toBe(true);
    expect([line[0][1], line.at(-1)![1]].sort()).toEqual([48, 49]);
  });

  it('cover about 2 × N × length for a straight line, half on each side, cut at the outline', () => {
    for (const km of [1, 10, 15, 50]) {
      const z = zone(km);
      expect(z.units.u.ru).toBeCloseTo(km * LENGTH, -Math.log10(km * LENGTH * 0.01));
      expect(z.units.u.ua).toBeCloseTo(km * LENGTH, -Math.log10(km * LENGTH * 0.01));
      expect(geometryAreaKm2(z.geometry)).toBeCloseTo(2 * km * LENGTH, -Math.log10(2 * km * LENGTH * 0.01));
    }
  });

  it('take one side only when the terms say so', () => {
    const ua = zone(10, 'ua');
    expect(ua.units.u.ru).toBe(0);
    expect(ua.units.u.ua).toBeCloseTo(10 * LENGTH, -1);
    expect(geometryAreaKm2(ua.geometry)).toBeCloseTo(10 * LENGTH, -1);
    const ru = zone(10, 'ru');
    expect(ru.units.u.ua).toBe(0);
    expect(ru.units.u.ru).toBeCloseTo(10 * LENGTH, -1);
  });

  it('are empty where the line runs only along the outline', () => {
    const z = computeZone({
      contact: lineOfContact(
        { type: 'MultiLineString', coordinates: [UKRAINE.coordinates[0]] },
        onOutline(UKRAINE),
      ),
      units: [{ id: 'u', geometry: UKRAINE }],
      russianHeld: { u: UKRAINE },
      km: 10,
      sides: 'both',
    });
    expect(z.units).toEqual({});
  });
});

describe('settlements in the strip', () => {
  it('are those inside its polygons, not in their holes or beyond them', () => {
    const square = rect(0, 0, 2, 2).coordinates[0];
    const hole = rect(0.5, 0.5, 1, 1).coordinates[0];
    const strip: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square, hole], [rect(5, 0, 6, 1).coordinates[0]]],
    };
    const points = [
      { id: 1, lon: 1.5, lat: 1.5 },
      { id: 2, lon: 0.75, lat: 0.75 },
      { id: 3, lon: 3, lat: 0.5 },
      { id: 4, lon: 5.5, lat: 0.5 },
    ];
    expect(pointsInside(strip, points)).toEqual([1, 4]);
  });

  it('of a real strip: a town 5 km from the line is in a 10 km zone, not in a 2 km one', () => {
    const town = { id: 7, lon: 31 + 5 / (111.32 * Math.cos((48.5 * Math.PI) / 180)), lat: 48.5 };
    expect(pointsInside(zone(10).geometry, [town])).toEqual([7]);
    expect(pointsInside(zone(2).geometry, [town])).toEqual([]);
  });
});
