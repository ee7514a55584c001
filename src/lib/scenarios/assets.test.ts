import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { decodeControl } from '../data/decode.ts';
import type { ControlTopology, PieceProps, PlantProps, UnitProps } from '../data/types.ts';
import { capacityBySide, plantName, plantSides, plantUnits, ZNPP } from './assets.ts';
import { terms } from './catalog.test-data.ts';
import { UNITS } from './fixtures.test-data.ts';

const square = (x: number, y: number, s: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});

// Donetsk is the square 0..2 × 0..2 with its western half Russian-held; Kharkiv the square 2..4,
// with a small Russian-held pocket in its corner; Kursk 0..2 × 2..4, wholly Russian-held.
const unitGeo = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: UNITS.find((u) => u.id === 'donetsk')!, geometry: square(0, 0, 2) },
    { type: 'Feature', properties: UNITS.find((u) => u.id === 'kharkiv')!, geometry: square(2, 0, 2) },
    { type: 'Feature', properties: UNITS.find((u) => u.id === 'kursk')!, geometry: square(0, 2, 2) },
  ],
} as FeatureCollection<Polygon, UnitProps>;

const pieces: FeatureCollection<Polygon, PieceProps> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { u: 'donetsk', s: 'ru' }, geometry: square(0, 0, 1) },
    { type: 'Feature', properties: { u: 'donetsk', s: 'ru' }, geometry: square(0, 1, 1) },
    { type: 'Feature', properties: { u: 'kharkiv', s: 'ru' }, geometry: square(3.5, 1.5, 0.5) },
  ],
};

// As the app reads them: one date's object in a control topology.
const control = decodeControl(topology({ '2026-08-22': pieces }) as unknown as ControlTopology, '2026-08-22');

const plant = (id: string, x: number, y: number, mw: number, country: 'UA' | 'RU' = 'UA') => ({
  type: 'Feature' as const,
  properties: { id, name: id, name_uk: `${id} (uk)`, fuel: 'Coal', mw, country },
  geometry: { type: 'Point' as const, coordinates: [x, y] },
});

const plants: FeatureCollection<Point, PlantProps> = {
  type: 'FeatureCollection',
  features: [
    plant('west', 0.5, 0.5, 100),
    plant('east', 1.5, 0.5, 200),
    plant(ZNPP, 0.5, 1.5, 6000),
    plant('pocket', 3.8, 1.8, 50),
    plant('kursk-npp', 1, 3, 4000, 'RU'),
    plant('far', 9, 9, 10),
  ],
};

const unitOf = plantUnits(plants, unitGeo);
// As the pipeline stores it: each plant with its unit.
const located: FeatureCollection<Point, PlantProps> = {
  ...plants,
  features: plants.features.map((f) => ({
    ...f,
    properties: { ...f.properties, unit: unitOf.get(f.properties.id) },
  })),
};
const sides = (...args: Parameters<typeof terms>) =>
  Object.fromEntries(
    plantSides(located, UNITS, control, terms(...args)).map((p) => [p.id, [p.line, p.side]]),
  );

describe('plant sides', () => {
  it('finds each plant’s unit and leaves out plants outside the table’s units', () => {
    expect(Object.fromEntries(unitOf)).toEqual({
      west: 'donetsk',
      east: 'donetsk',
      [ZNPP]: 'donetsk',
      pocket: 'kharkiv',
      'kursk-npp': 'kursk',
    });
  });

  it('on the line of control, holders follow the pieces', () => {
    expect(sides('controlled')).toEqual({
      west: ['ru', 'ru'],
      east: ['ua', 'ua'],
      [ZNPP]: ['ru', 'ru'],
      pocket: ['ru', 'ru'],
      'kursk-npp': ['ru', 'ru'],
    });
  });

  it('under the US plan: Ukraine-held Donetsk demilitarised, the Kharkiv pocket back', () => {
    expect(sides('us-plan-2025-11')).toMatchObject({
      west: ['ru', 'ru'],
      east: ['ua', 'dmz'],
      pocket: ['ru', 'ua'],
    });
  });

  it('under the December framework the Zaporizhzhia NPP is demilitarised', () => {
    expect(sides('plan-2025-12')[ZNPP]).toEqual(['ru', 'dmz']);
  });

  it('lists the Zaporizhzhia NPP first, then plants changing hands, and sums capacity per side', () => {
    const list = plantSides(located, UNITS, control, terms('us-plan-2025-11'));
    expect(list.map((p) => p.id)).toEqual([ZNPP, 'east', 'pocket', 'kursk-npp', 'west']);
    expect(capacityBySide(list)).toEqual({
      ru: { mw: 6100, count: 2 },
      ua: { mw: 50, count: 1 },
      contested: { mw: 0, count: 0 },
      dmz: { mw: 200, count: 1 },
    });
  });
});

describe('plantName', () => {
  it('names a plant in the reader’s language', () => {
    const znpp = { name: 'Zaporizhzhia NPP', name_uk: 'Запорізька АЕС' };
    expect(plantName(znpp, 'en')).toBe('Zaporizhzhia NPP');
    expect(plantName(znpp, 'uk')).toBe('Запорізька АЕС');
  });
});
