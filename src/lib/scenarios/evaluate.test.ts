import { describe, expect, it } from 'vitest';
import { evaluateScenario, known, referenceIndex } from './evaluate.ts';
import { CATALOG, terms } from './catalog.test-data.ts';
import { resolveTerms } from './terms.ts';
import { AREAS, UNITS } from './fixtures.test-data.ts';

const run = (i: number, ...args: Parameters<typeof terms>) =>
  evaluateScenario(AREAS, UNITS, i, terms(...args));
const LATEST = 2;

describe('evaluateScenario: the fixed stops on a hand-made world', () => {
  it('controlled: the line of control as it is', () => {
    const r = run(0, 'controlled');
    expect(r.regions.donetsk).toMatchObject({ area: 100, ru: 40, ua: 60, dmz: 0, change: 0 });
    expect(r.regions.crimea).toMatchObject({ area: 100, ru: 100, ua: 0, change: 0 });
    expect(r.regions.other).toMatchObject({ area: 200, ru: 0, ua: 200 });
    // Kursk: 300 − 20 Ukraine-held − 5 contested = 275 Russian-held.
    expect(r.regions.kursk).toMatchObject({ area: 300, ru: 275, ua: 20, contested: 5, change: 0 });
    expect(r.regions.ukraine).toMatchObject({ area: 450, ru: 185, ua: 265, change: 0 });
    expect(r.units.sevastopol).toMatchObject({ area: 10, ru: 10, ua: 0 });
    expect(r.units.belgorod).toBeUndefined();
    expect(r.uaInRussiaKnown).toBe(true);
  });

  it('claimed: whole annexed regions go to Russia, the rest keeps the line', () => {
    const r = run(0, 'claimed');
    expect(r.regions.donetsk).toMatchObject({ ru: 100, ua: 0, change: 60, toRu: 60, toUa: 0 });
    expect(r.regions.crimea).toMatchObject({ ru: 100, change: 0 });
    expect(r.regions.other).toMatchObject({ ru: 0, ua: 200, change: 0 });
    expect(r.regions.kursk).toMatchObject({ ru: 300, ua: 0, contested: 0, change: 25 });
    // Kursk is not part of Ukraine's total.
    expect(r.regions.ukraine).toMatchObject({ ru: 250, ua: 200, change: 65 });
  });

  it('borders-1991: all of Ukraine Ukrainian, Kursk Russian; change is against the line', () => {
    const r = run(LATEST, 'borders-1991');
    expect(r.regions.donetsk).toMatchObject({ ru: 0, ua: 100, change: -60, toUa: 60 });
    expect(r.regions.crimea).toMatchObject({ ru: 0, ua: 100, change: -100 });
    expect(r.regions.other).toMatchObject({ ru: 0, ua: 200, change: -5 });
    expect(r.regions.kursk).toMatchObject({ ru: 300, ua: 0, change: 0 });
    expect(r.regions.ukraine).toMatchObject({ ru: 0, ua: 450, change: -214, toUa: 214 });
  });

  it('says when there is no data on Ukraine-held land in Russia, and marks what it cannot tell', () => {
    const r = run(LATEST, 'controlled');
    expect(r.uaInRussiaKnown).toBe(false);
    // Following the line, who holds Kursk is unknown: not "all Russian".
    expect(r.regions.kursk).toMatchObject({ area: 300, unknown: 'held' });
    expect(r.units.kursk.unknown).toBe('held');
    for (const key of ['ru', 'ua', 'contested', 'lineRu'] as const)
      expect(known(r.regions.kursk, key)).toBe(false);
    // The area is known, and so is the change: following the line moves nothing, whatever it is.
    expect([known(r.regions.kursk, 'area'), known(r.regions.kursk, 'change')]).toEqual([true, true]);
    expect(r.regions.kursk.change).toBe(0);
    // Ukraine's own figures are all known.
    expect(r.regions.ukraine.unknown).toBeUndefined();
    expect(known(r.regions.ukraine, 'ru')).toBe(true);
    // A scenario that gives all of Kursk to Russia says who holds it; only the change is unknown.
    const claimed = run(LATEST, 'claimed').regions.kursk;
    expect(claimed).toMatchObject({ ru: 300, ua: 0, unknown: 'change' });
    expect([known(claimed, 'ru'), known(claimed, 'ua'), known(claimed, 'change')]).toEqual([
      true,
      true,
      false,
    ]);
    // Before the series ends, everything is known.
    expect(run(0, 'controlled').regions.kursk.unknown).toBeUndefined();
  });
});

describe('evaluateScenario: every proposal, by hand', () => {
  it('russia-demand-2024-06: the four oblasts and Crimea whole, on the latest line', () => {
    const r = run(0, 'russia-demand-2024-06');
    expect(r.referenceIndex).toBe(LATEST);
    expect(r.regions.donetsk).toMatchObject({ ru: 100, change: 40 });
    expect(r.regions.luhansk).toMatchObject({ ru: 50, change: 1 });
    expect(r.regions.other).toMatchObject({ ru: 5, change: 0 });
    expect(r.regions.ukraine).toMatchObject({ ru: 255, change: 41, toRu: 41, toUa: 0 });
  });

  it('kursk-exchange-2025-02: Kursk land of 11 Feb 2025 against the reader’s choice', () => {
    const none = run(LATEST, 'kursk-exchange-2025-02');
    expect(none.referenceIndex).toBe(1);
    // 8 km² Ukraine-held + 2 km² grey zone go back to Russia; nothing else moves.
    expect(none.regions.kursk).toMatchObject({ ru: 300, change: 10, toRu: 10 });
    expect(none.regions.ukraine).toMatchObject({ ru: 201, change: 0 });
    const kharkiv = run(LATEST, 'kursk-exchange-2025-02', 'kharkiv');
    expect(kharkiv.regions.other).toMatchObject({ ru: 0, ua: 200, change: -3, toUa: 3 });
    expect(kharkiv.regions.ukraine).toMatchObject({ ru: 198, change: -3 });
    expect(run(LATEST, 'kursk-exchange-2025-02', 'outside-annexed').regions.other.change).toBe(-3);
  });

  it('ceasefire-2025-03: the line of 11 March 2025 frozen (the next day in the data here)', () => {
    const r = run(0, 'ceasefire-2025-03');
    expect(r.referenceIndex).toBe(2);
    expect(r.regions.ukraine).toMatchObject({ ru: 214, change: 0, toRu: 0, toUa: 0 });
  });

  it('alaska-2025-08: Donbas to Russia, Kharkiv pockets back; Luhansk only in one reading', () => {
    const r = run(0, 'alaska-2025-08');
    expect(r.regions.donetsk).toMatchObject({ ru: 100, change: 40 });
    expect(r.regions.luhansk).toMatchObject({ ru: 50, change: 1 });
    expect(r.regions.other).toMatchObject({ ru: 0, change: -5 });
    expect(r.regions.ukraine).toMatchObject({ ru: 250, change: 36, toRu: 41, toUa: 5 });
    const donetskOnly = run(0, 'alaska-2025-08', 'donetsk-only');
    expect(donetskOnly.regions.luhansk).toMatchObject({ ru: 49, change: 0 });
  });

  it('us-plan-2025-11: Ukraine-held Donetsk demilitarised, land outside the five regions back', () => {
    const r = run(0, 'us-plan-2025-11');
    expect(r.regions.donetsk).toMatchObject({ ru: 60, ua: 0, dmz: 40, change: 0 });
    expect(r.regions.luhansk).toMatchObject({ ru: 50, change: 1 });
    expect(r.regions.ukraine).toMatchObject({ ru: 210, dmz: 40, change: -4, toRu: 1, toUa: 5 });
  });

  it('plan-2025-12: the line stands, four oblasts freed; the zone only as a reading', () => {
    const r = run(0, 'plan-2025-12');
    expect(r.regions.donetsk).toMatchObject({ ru: 60, ua: 40, dmz: 0 });
    expect(r.regions.ukraine).toMatchObject({ ru: 209, change: -5 });
    expect(run(0, 'plan-2025-12', 'donbas-zone').regions.donetsk).toMatchObject({ ru: 60, ua: 0, dmz: 40 });
  });

  it('lays the reader’s toggles over the scenario', () => {
    const r = run(0, 'us-plan-2025-11', null, { donetsk: 'ua', other: 'line', kursk: 'ru' });
    expect(r.regions.donetsk).toMatchObject({ ru: 0, ua: 100, dmz: 0, change: -60 });
    expect(r.regions.other).toMatchObject({ ru: 5, change: 0 });
    // A toggle on `other` replaces oblasts the scenario names one by one.
    const a = run(0, 'alaska-2025-08', null, { other: 'line' });
    expect(a.regions.other.change).toBe(0);
  });
});

/*
 * Zaporizhzhia and Kherson, which proposals freeze on the line or give whole, in a world of their
 * own: Zaporizhzhia 80 km² (Russian-held 40, 44, 48 on the three dates), Kherson 60 (20, 20, 21).
 */
const SOUTH = {
  units: [
    { ...UNITS[0], id: 'zaporizhzhia', iso: 'zaporizhzhia', region: 'zaporizhzhia', km2: 80 },
    { ...UNITS[0], id: 'kherson', iso: 'kherson', region: 'kherson', km2: 60 },
  ] satisfies typeof UNITS,
  areas: { ...AREAS, ru: { zaporizhzhia: [40, 44, 48], kherson: [20, 20, 21] }, ua: {}, contested: {} },
};

describe('evaluateScenario: Zaporizhzhia and Kherson, frozen or whole', () => {
  const south = (i: number, ...args: Parameters<typeof terms>) => {
    const r = evaluateScenario(SOUTH.areas, SOUTH.units, i, terms(...args));
    return [r.regions.zaporizhzhia, r.regions.kherson].map((f) => [f.ru, f.ua, f.dmz, f.change]);
  };

  it('stay on the line of the reference date where a proposal freezes them', () => {
    expect(south(LATEST, 'controlled')).toEqual([
      [48, 32, 0, 0],
      [21, 39, 0, 0],
    ]);
    expect(south(LATEST, 'alaska-2025-08')).toEqual([
      [48, 32, 0, 0],
      [21, 39, 0, 0],
    ]);
    expect(south(LATEST, 'us-plan-2025-11')).toEqual([
      [48, 32, 0, 0],
      [21, 39, 0, 0],
    ]);
    expect(south(LATEST, 'plan-2025-12')).toEqual([
      [48, 32, 0, 0],
      [21, 39, 0, 0],
    ]);
    // Pinned to 11 February and 11 March 2025: the middle and the last day of this world.
    expect(south(0, 'kursk-exchange-2025-02')).toEqual([
      [44, 36, 0, 0],
      [20, 40, 0, 0],
    ]);
    expect(south(0, 'ceasefire-2025-03')).toEqual([
      [48, 32, 0, 0],
      [21, 39, 0, 0],
    ]);
  });

  it('go whole to Russia under the demand and the claim, whole to Ukraine in 1991 borders', () => {
    expect(south(1, 'russia-demand-2024-06')).toEqual([
      [80, 0, 0, 32],
      [60, 0, 0, 39],
    ]);
    expect(south(1, 'claimed')).toEqual([
      [80, 0, 0, 36],
      [60, 0, 0, 40],
    ]);
    expect(south(1, 'borders-1991')).toEqual([
      [0, 80, 0, -44],
      [0, 60, 0, -20],
    ]);
  });
});

describe('evaluateScenario: invariants on every catalog scenario, variant and date', () => {
  it('ru + ua + dmz + contested = area, change = ru − line, toRu − toUa = change', () => {
    for (const s of CATALOG) {
      for (const variant of [null, ...(s.variants ?? []).map((x) => x.id)]) {
        for (const i of [0, 1, 2]) {
          const r = evaluateScenario(AREAS, UNITS, i, resolveTerms(s, variant));
          for (const f of Object.values(r.regions)) {
            expect(f.ru + f.ua + f.dmz + f.contested).toBeCloseTo(f.area, 9);
            expect(f.ru - f.lineRu).toBeCloseTo(f.change, 9);
            expect(f.toRu - f.toUa).toBeCloseTo(f.change, 9);
          }
          if (s.id === 'claimed') {
            for (const id of ['donetsk', 'luhansk', 'crimea', 'kursk'] as const)
              expect(r.regions[id].ru).toBe(r.regions[id].area);
          }
        }
      }
    }
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
