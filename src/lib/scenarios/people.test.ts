import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import type { HeldSpans, SettlementProps } from '../data/types.ts';
import { peopleFigures, placeSettlements } from './people.ts';
import { terms } from './catalog.test-data.ts';
import { UNITS } from './fixtures.test-data.ts';

const place = (id: number, unit: string, pop: number, held: HeldSpans = {}, country: 'UA' | 'RU' = 'UA') =>
  ({
    type: 'Feature',
    properties: { id, name_en: `p${id}`, pop, rank: 3, unit, country, held },
    geometry: { type: 'Point', coordinates: [0, 0] },
  }) as Feature<Point, SettlementProps>;

// On date index 1: Donetsk holds a Russian-held town and a Ukraine-held one; Kharkiv a town held by
// Russia only on date 0; Kursk a village held by Ukraine then; Belgorod has no table row.
const SETTLEMENTS = [
  place(1, 'donetsk', 1000, { ru: [0, 3] }),
  place(2, 'donetsk', 5000),
  place(3, 'kharkiv', 300, { ru: [0, 1] }),
  place(4, 'kharkiv', 200, { ru: [0, 3] }),
  place(5, 'kursk', 70, { ua: [1, 2] }, 'RU'),
  place(6, 'belgorod', 9000, {}, 'RU'),
];
const figures = (id: string, i = 1, inZone?: Parameters<typeof placeSettlements>[4]) =>
  peopleFigures(placeSettlements(SETTLEMENTS, UNITS, terms(id), i, inZone), UNITS);

describe('people under a scenario', () => {
  it('on the line of control, counts each settlement once, on the side that holds it on the date', () => {
    const r = figures('controlled');
    expect(r.regions.donetsk?.ru).toEqual({ pop: 1000, places: 1 });
    expect(r.regions.donetsk?.ua).toEqual({ pop: 5000, places: 1 });
    expect(r.regions.other?.ru).toEqual({ pop: 200, places: 1 });
    expect(r.regions.other?.ua).toEqual({ pop: 300, places: 1 });
    expect(r.regions.kursk?.ua).toEqual({ pop: 70, places: 1 });
    // Ukraine's total leaves Kursk out; Belgorod has no row at all.
    expect(r.regions.ukraine?.ru).toEqual({ pop: 1200, places: 2 });
    expect(r.regions.ukraine?.ua).toEqual({ pop: 5300, places: 2 });
    expect(r.regions.ukraine?.change).toBe(0);
    expect(Object.keys(r.regions)).not.toContain('belgorod');
    // On date index 0 the Kharkiv town at 300 was Russian-held.
    expect(figures('controlled', 0).regions.other?.ru).toEqual({ pop: 500, places: 2 });
  });

  it('names who would change hands, largest first: all of Donetsk to Russia, Kursk back', () => {
    const r = figures('claimed');
    expect(r.toRu.map((s) => s.id)).toEqual([2, 5]);
    expect(r.regions.donetsk?.toRu).toEqual({ pop: 5000, places: 1 });
    expect(r.regions.kursk?.toRu).toEqual({ pop: 70, places: 1 });
    expect(r.regions.ukraine?.change).toBe(5000);
  });

  it('under the US plan, Ukraine-held Donetsk is demilitarised and the Kharkiv pocket returns', () => {
    const r = figures('us-plan-2025-11');
    expect(r.regions.donetsk?.dmz).toEqual({ pop: 5000, places: 1 });
    expect(r.regions.donetsk?.ru).toEqual({ pop: 1000, places: 1 });
    expect(r.dmz.map((s) => s.id)).toEqual([2]);
    expect(r.toUa.map((s) => s.id)).toEqual([4]);
    expect(r.regions.ukraine?.change).toBe(-200);
  });

  it('puts a settlement in a buffer zone in the zone, whoever held it', () => {
    const r = figures('controlled', 1, (s) => s.properties.id === 1 || s.properties.id === 2);
    expect(r.regions.donetsk?.dmz).toEqual({ pop: 6000, places: 2 });
    expect(r.regions.donetsk?.ru).toEqual({ pop: 0, places: 0 });
  });
});
