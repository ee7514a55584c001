import { describe, expect, it } from 'vitest';
import { drawSets, pieceChange, pieceShown } from './draw.ts';
import { terms } from './catalog.test-data.ts';
import { UNITS } from './fixtures.test-data.ts';

const sets = (...args: Parameters<typeof terms>) => drawSets(terms(...args), UNITS);

describe('drawSets / pieceShown / pieceChange', () => {
  it('controlled shows every piece, hatches nothing, moves nothing', () => {
    const s = sets('controlled');
    expect(s.claimed).toEqual([]);
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(true);
    expect(pieceShown({ u: 'kursk', s: 'ua' }, s)).toBe(true);
    expect(pieceChange({ u: 'donetsk', s: 'ru' }, s)).toBeNull();
  });

  it('claimed hatches the annexed units, keeps held land, and hands Ukraine-held Kursk back', () => {
    const s = sets('claimed');
    expect(s.claimed.sort()).toEqual(['ar_crimea', 'donetsk', 'luhansk', 'sevastopol']);
    expect(s.line).toEqual(['kharkiv']);
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(true);
    expect(pieceShown({ u: 'kharkiv', s: 'ru' }, s)).toBe(true);
    expect(pieceShown({ u: 'kursk', s: 'ua' }, s)).toBe(false);
    expect(pieceChange({ u: 'kursk', s: 'ua' }, s)).toBe('to-ru');
    expect(pieceChange({ u: 'kursk', s: 'contested' }, s)).toBe('to-ru');
  });

  it('borders-1991 draws every Russian-held piece in Ukraine as returning, and Kursk as Russia’s', () => {
    const s = sets('borders-1991');
    expect(s.line).toEqual([]);
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(false);
    expect(pieceChange({ u: 'donetsk', s: 'ru' }, s)).toBe('to-ua');
    expect(pieceChange({ u: 'kursk', s: 'ua' }, s)).toBe('to-ru');
  });

  it('us-plan: Donetsk held land shown, the rest demilitarised; Kharkiv pockets return', () => {
    const s = sets('us-plan-2025-11');
    expect(s.dmz).toEqual(['donetsk']);
    expect(s.claimed.sort()).toEqual(['ar_crimea', 'luhansk', 'sevastopol']);
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(true);
    expect(pieceChange({ u: 'kharkiv', s: 'ru' }, s)).toBe('to-ua');
  });
});
