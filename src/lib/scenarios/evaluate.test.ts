import { describe, expect, it } from 'vitest';
import { evaluateScenario, referenceIndex } from './evaluate.ts';
import { BUILTIN_SCENARIOS } from './builtin.ts';
import type { Scenario } from './schema.ts';
import { AREAS, UNITS } from './fixtures.test-data.ts';

const scenario = (id: string): Scenario => BUILTIN_SCENARIOS.find((s) => s.id === id)!;

describe('evaluateScenario on a hand-made world', () => {
  it('controlled: the line of control as it is', () => {
    const r = evaluateScenario(AREAS, UNITS, 0, scenario('controlled'));
    expect(r.regions.donetsk).toMatchObject({ area: 100, ru: 40, ua: 60, dmz: 0, change: 0 });
    expect(r.regions.crimea).toMatchObject({ area: 100, ru: 100, ua: 0, change: 0 });
    expect(r.regions.other).toMatchObject({ area: 200, ru: 0, ua: 200 });
    // Kursk: 300 − 20 Ukraine-held − 5 contested = 275 Russian-held.
    expect(r.regions.kursk).toMatchObject({ area: 300, ru: 275, ua: 20, contested: 5, change: 0 });
    expect(r.regions.ukraine).toMatchObject({ area: 400, ru: 140, ua: 260, change: 0 });
    expect(r.units.sevastopol).toMatchObject({ area: 10, ru: 10, ua: 0 });
    expect(r.units.belgorod).toBeUndefined();
    expect(r.uaInRussiaKnown).toBe(true);
  });

  it('claimed: whole annexed regions go to Russia, the rest keeps the line', () => {
    const r = evaluateScenario(AREAS, UNITS, 0, scenario('claimed'));
    expect(r.regions.donetsk).toMatchObject({ ru: 100, ua: 0, change: 60 });
    expect(r.regions.crimea).toMatchObject({ ru: 100, change: 0 });
    expect(r.regions.other).toMatchObject({ ru: 0, ua: 200, change: 0 });
    expect(r.regions.kursk).toMatchObject({ ru: 300, ua: 0, contested: 0, change: 25 });
    // Kursk is not part of Ukraine's total.
    expect(r.regions.ukraine).toMatchObject({ ru: 200, ua: 200, change: 60 });
  });

  it('borders-1991: all of Ukraine Ukrainian, Kursk Russian; change is against the line', () => {
    const r = evaluateScenario(AREAS, UNITS, 1, scenario('borders-1991'));
    expect(r.regions.donetsk).toMatchObject({ ru: 0, ua: 100, change: -60 });
    expect(r.regions.crimea).toMatchObject({ ru: 0, ua: 100, change: -100 });
    expect(r.regions.other).toMatchObject({ ru: 0, ua: 200, change: -5 });
    expect(r.regions.kursk).toMatchObject({ ru: 300, ua: 0, change: 0 });
    expect(r.regions.ukraine).toMatchObject({ ru: 0, ua: 400, change: -165 });
  });

  it('says when there is no data on Ukraine-held land in Russia, and treats it as none', () => {
    const r = evaluateScenario(AREAS, UNITS, 1, scenario('controlled'));
    expect(r.uaInRussiaKnown).toBe(false);
    expect(r.regions.kursk).toMatchObject({ ru: 300, ua: 0, contested: 0 });
  });

  it('turns Ukraine-held land into a demilitarised zone under ua_held_becomes', () => {
    const dmz: Scenario = {
      ...scenario('controlled'),
      id: 'test-dmz',
      rules: scenario('controlled').rules.map((r) =>
        r.region === 'donetsk' ? { region: 'donetsk', to: 'ru', ua_held_becomes: 'dmz' } : r,
      ),
    };
    const r = evaluateScenario(AREAS, UNITS, 1, dmz);
    expect(r.regions.donetsk).toMatchObject({ ru: 60, ua: 0, dmz: 40, change: 0 });
  });

  it('keeps ru + ua + dmz + contested equal to the area, and claimed regions wholly Russian', () => {
    for (const s of BUILTIN_SCENARIOS) {
      for (const i of [0, 1]) {
        const r = evaluateScenario(AREAS, UNITS, i, s);
        for (const f of Object.values(r.regions)) {
          expect(f.ru + f.ua + f.dmz + f.contested).toBeCloseTo(f.area, 9);
          expect(f.ru - f.lineRu).toBeCloseTo(f.change, 9);
        }
        if (s.id === 'claimed') {
          for (const id of ['donetsk', 'crimea', 'kursk'] as const)
            expect(r.regions[id].ru).toBe(r.regions[id].area);
        }
      }
    }
  });

  it('uses a pinned reference date instead of the selected one', () => {
    const pinned: Scenario = { ...scenario('controlled'), reference: '2025-09-01' };
    expect(evaluateScenario(AREAS, UNITS, 0, pinned).regions.donetsk.ru).toBe(60);
  });
});

describe('referenceIndex', () => {
  const dates = ['2024-01-01', '2024-01-02', '2024-01-05'];
  it('resolves selected, latest and fixed dates, snapping outside the data', () => {
    expect(referenceIndex(dates, 1, 'selected')).toBe(1);
    expect(referenceIndex(dates, 0, 'latest')).toBe(2);
    expect(referenceIndex(dates, 0, '2024-01-03')).toBe(2);
    expect(referenceIndex(dates, 2, '2023-12-01')).toBe(0);
    expect(referenceIndex(dates, 0, '2030-01-01')).toBe(2);
  });
});
