import { describe, expect, it } from 'vitest';
import type { PlacedSettlement } from '../scenarios/people.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { kyivFigureApplies, largestTowns, rowFigures, townName } from './people-text.ts';

const placed = (id: number, pop: number, name_uk?: string): PlacedSettlement => ({
  id,
  name_en: `p${id}`,
  ...(name_uk ? { name_uk } : {}),
  pop,
  unit: 'donetsk',
  region: 'donetsk',
  line: 'ua',
  side: 'ru',
});

describe('people in words', () => {
  it('names towns in the page’s language, romanised where the project has no Ukrainian name', () => {
    expect(townName(placed(1, 10, 'Краматорськ'), 'uk')).toBe('Краматорськ');
    expect(townName(placed(1, 10, 'Краматорськ'), 'en')).toBe('p1');
    expect(townName(placed(2, 10), 'uk')).toBe('p2');
  });

  it('names the largest few and counts the rest', () => {
    const list = [placed(1, 900), placed(2, 500, 'Два'), placed(3, 100)];
    expect(largestTowns(list, 'uk', 2)).toEqual({
      towns: [
        { name: 'p1', pop: 900 },
        { name: 'Два', pop: 500 },
      ],
      more: 1,
    });
    expect(largestTowns(list, 'en').more).toBe(0);
  });

  it('gives a region without settlements zeros', () => {
    expect(rowFigures({ regions: {}, toRu: [], toUa: [], dmz: [] }, 'kherson').ru).toEqual({
      pop: 0,
      places: 0,
    });
  });

  it('sets Kyiv’s Donetsk figure beside terms that move Ukraine-held Donetsk, not beside the line', () => {
    expect(kyivFigureApplies(terms('us-plan-2025-11'))).toBe(true); // demilitarised
    expect(kyivFigureApplies(terms('claimed'))).toBe(true); // to Russia
    expect(kyivFigureApplies(terms('controlled'))).toBe(false);
    const t = terms('controlled');
    expect(kyivFigureApplies({ ...t, buffer: { km: 10, sides: 'both', regions: ['donetsk'] } })).toBe(true);
    // A strip along the whole line is not the land the figure counts.
    expect(kyivFigureApplies({ ...t, buffer: { km: 10, sides: 'both' } })).toBe(false);
  });
});
