import { describe, expect, it } from 'vitest';
import { AREAS, UNITS } from './fixtures.test-data.ts';
import { terms } from './catalog.test-data.ts';
import { evaluateScenario, known } from './evaluate.ts';
import { withZone, zoneByRegion, zoneUnits } from './zone-figures.ts';

const LAST = AREAS.dates.length - 1;

describe('a buffer zone in the figures', () => {
  it('applies in Ukraine’s units under `line`, in the regions the rule names', () => {
    expect(zoneUnits(terms('buffer-zone'), UNITS)).toEqual([
      'donetsk',
      'luhansk',
      'ar_crimea',
      'sevastopol',
      'kharkiv',
    ]);
    // Zelensky’s zone: Donetsk only, whichever width.
    for (const v of ['5km', '10km', '40km'])
      expect(zoneUnits(terms('zelensky-zone-2025-12', v), UNITS)).toEqual(['donetsk']);
    // A region the reader hands to Russia whole has no line to widen.
    expect(zoneUnits(terms('buffer-zone', null, { donetsk: 'ru' }), UNITS)).not.toContain('donetsk');
    expect(zoneUnits(terms('controlled'), UNITS)).toEqual([]);
  });

  it('moves the strip from each side into dmz, per unit, region and Ukraine, and changes no hands', () => {
    const base = evaluateScenario(AREAS, UNITS, LAST, terms('buffer-zone'));
    const z = { donetsk: { ru: 12, ua: 15 }, sevastopol: { ru: 1, ua: 0 } };
    const out = withZone(base, UNITS, ['donetsk', 'sevastopol'], z);
    expect(out.units.donetsk).toMatchObject({ ru: 60 - 12, ua: 40 - 15, dmz: 27, change: 0, area: 100 });
    expect(out.regions.crimea).toMatchObject({ ru: 99, dmz: 1 });
    const u = out.regions.ukraine;
    expect(u.dmz).toBe(28);
    expect(u.ru + u.ua + u.dmz + u.contested).toBeCloseTo(u.area);
    expect(u.change).toBe(base.regions.ukraine.change);
    expect(zoneByRegion(z, UNITS)).toEqual({
      donetsk: { ru: 12, ua: 15 },
      crimea: { ru: 1, ua: 0 },
      ukraine: { ru: 13, ua: 15 },
    });
    // The evaluation itself is left as it was.
    expect(base.units.donetsk.dmz).toBe(0);
  });

  it('marks the figures it touches unknown while the strip is not computed, never the rest', () => {
    const base = evaluateScenario(AREAS, UNITS, LAST, terms('buffer-zone'));
    const out = withZone(base, UNITS, ['donetsk'], 'unknown');
    for (const f of [out.units.donetsk, out.regions.donetsk, out.regions.ukraine]) {
      expect(known(f, 'dmz')).toBe(false);
      expect(known(f, 'ru')).toBe(false);
      expect(known(f, 'change')).toBe(true);
    }
    expect(known(out.regions.luhansk, 'ru')).toBe(true);
    expect(withZone(base, UNITS, [], 'unknown')).toBe(base);
  });
});
