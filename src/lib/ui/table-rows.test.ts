import { describe, expect, it } from 'vitest';
import { tableRows } from './table-rows.ts';
import { evaluateScenario } from '../scenarios/evaluate.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { AREAS, UNITS } from '../scenarios/fixtures.test-data.ts';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';
import type { UnitProps } from '../data/types.ts';

const units: UnitProps[] = UNITS.map((u) =>
  u.id === 'ar_crimea'
    ? { ...u, official_km2: 95 }
    : u.id === 'sevastopol'
      ? { ...u, official_km2: 11, name_uk: 'Севастополь' }
      : u,
);

describe('tableRows', () => {
  const result = evaluateScenario(AREAS, units, 0, terms('controlled'));

  it('orders rows with Sevastopol under Crimea and Kursk apart from Ukraine', () => {
    const { ukraine, total, russia } = tableRows(result, units, 'en', en);
    expect(ukraine.map((r) => r.id)).toEqual([
      'donetsk',
      'luhansk',
      'zaporizhzhia',
      'kherson',
      'crimea',
      'sevastopol',
      'other',
    ]);
    expect(ukraine.find((r) => r.id === 'sevastopol')?.sub).toBe(true);
    expect(total.id).toBe('ukraine');
    expect(russia.map((r) => [r.id, r.inUkraine])).toEqual([['kursk', false]]);
  });

  it('sums official areas only when every unit has one, and flags the Syvash rows', () => {
    const { ukraine } = tableRows(result, units, 'en', en);
    const crimea = ukraine.find((r) => r.id === 'crimea')!;
    expect(crimea.official).toBe(106);
    expect(crimea.syvash).toBe(true);
    expect(ukraine.find((r) => r.id === 'donetsk')!.official).toBeNull();
    expect(ukraine.filter((r) => r.syvash).map((r) => r.id)).toEqual(['kherson', 'crimea']);
  });

  it('takes unit names from the data in the chosen language', () => {
    expect(tableRows(result, units, 'uk', uk).ukraine.find((r) => r.id === 'sevastopol')!.label).toBe(
      'Севастополь',
    );
  });
});
