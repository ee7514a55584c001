import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { PlantProps } from '../data/types.ts';
import { capacityBySide, plantName, plantSides, ZNPP } from './assets.ts';
import { terms } from './catalog.test-data.ts';
import { UNITS } from './fixtures.test-data.ts';
import { historyOf, piece } from '../../../test/fixtures/history.ts';
import { heldAt } from '../../../data/history/points.ts';

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
// with a small Russian-held pocket in its corner; Kursk 0..2 × 2..4, wholly Russian-held. One date.
const history = historyOf([
  [
    piece('donetsk', 'ru', square(0, 0, 1)),
    piece('donetsk', 'ru', square(0, 1, 1)),
    piece('kharkiv', 'ru', square(3.5, 1.5, 0.5)),
  ],
]);

const plant = (id: string, x: number, y: number, mw: number, unit?: string, country: 'UA' | 'RU' = 'UA') => ({
  type: 'Feature' as const,
  properties: { id, name: id, name_uk: `${id} (uk)`, fuel: 'Coal', mw, country, unit },
  geometry: { type: 'Point' as const, coordinates: [x, y] },
});

// As the pipeline stores them: each plant with its unit (none outside the table's units) and holders.
const plants: FeatureCollection<Point, PlantProps> = {
  type: 'FeatureCollection',
  features: [
    plant('west', 0.5, 0.5, 100, 'donetsk'),
    plant('east', 1.5, 0.5, 200, 'donetsk'),
    plant(ZNPP, 0.5, 1.5, 6000, 'donetsk'),
    plant('pocket', 3.8, 1.8, 50, 'kharkiv'),
    plant('kursk-npp', 1, 3, 4000, 'kursk', 'RU'),
    plant('far', 9, 9, 10),
  ],
};
const held = heldAt(
  history,
  plants.features.map((f) => f.geometry.coordinates),
);
const located: FeatureCollection<Point, PlantProps> = {
  ...plants,
  features: plants.features.map((f, i) => ({ ...f, properties: { ...f.properties, held: held[i] } })),
};
const sides = (...args: Parameters<typeof terms>) =>
  Object.fromEntries(plantSides(located, UNITS, 0, terms(...args)).map((p) => [p.id, [p.line, p.side]]));

describe('plant sides', () => {
  it('on the line of control, holders follow the pieces; plants outside the table’s units are left out', () => {
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
    const list = plantSides(located, UNITS, 0, terms('us-plan-2025-11'));
    expect(list.map((p) => p.id)).toEqual([ZNPP, 'east', 'pocket', 'kursk-npp', 'west']);
    expect(capacityBySide(list)).toEqual({
      ru: { mw: 6100, count: 2 },
      ua: { mw: 50, count: 1 },
      contested: { mw: 0, count: 0 },
      dmz: { mw: 200, count: 1 },
    });
  });

  it('sums the plants in Russia apart, so that the two totals count every plant in the list', () => {
    const list = plantSides(located, UNITS, 0, terms('us-plan-2025-11'));
    const kursk = list.find((p) => p.id === 'kursk-npp')!;
    expect(capacityBySide(list, 'RU')).toEqual({
      ru: { mw: kursk.mw, count: 1 },
      ua: { mw: 0, count: 0 },
      contested: { mw: 0, count: 0 },
      dmz: { mw: 0, count: 0 },
    });
    const count = (c: 'UA' | 'RU') => Object.values(capacityBySide(list, c)).reduce((n, s) => n + s.count, 0);
    expect(count('UA') + count('RU')).toBe(list.length);
  });
});

describe('plantName', () => {
  it('names a plant in the reader’s language', () => {
    const znpp = { name: 'Zaporizhzhia NPP', name_uk: 'Запорізька АЕС' };
    expect(plantName(znpp, 'en')).toBe('Zaporizhzhia NPP');
    expect(plantName(znpp, 'uk')).toBe('Запорізька АЕС');
  });
});
