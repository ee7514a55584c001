import { describe, expect, it } from 'vitest';
import { changeRows, tableRows } from './table-rows.ts';
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

describe('changeRows', () => {
  const rows = (id: string, variant: string | null = null) =>
    changeRows(tableRows(evaluateScenario(AREAS, units, 1, terms(id, variant)), units, 'en', en));

  it('lists nothing when no land moves', () => {
    expect(rows('controlled')).toEqual([]);
  });

  it('puts the Kursk land beside what an exchange would return, each with its own figures', () => {
    const [other, kursk] = rows('kursk-exchange-2025-02', 'kharkiv');
    expect([other.id, other.figures.toUa, other.figures.toRu]).toEqual(['other', 3, 0]);
    expect([kursk.id, kursk.figures.toRu, kursk.inUkraine]).toEqual(['kursk', 10, false]);
  });
});
