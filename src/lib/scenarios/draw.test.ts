import { describe, expect, it } from 'vitest';
import { drawSets, pieceShown } from './draw.ts';
import { BUILTIN_SCENARIOS } from './builtin.ts';
import { UNITS } from './fixtures.test-data.ts';

const sets = (id: string) =>
  drawSets(
    BUILTIN_SCENARIOS.find((s) => s.id === id)!,
    UNITS,
  );

describe('drawSets / pieceShown', () => {
  it('controlled shows every piece, hatches nothing', () => {
    const s = sets('controlled');
    expect(s.claimed).toEqual([]);
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(true);
    expect(pieceShown({ u: 'kursk', s: 'ua' }, s)).toBe(true);
  });

  it('claimed hatches the annexed units only, keeps held land and drops Ukraine-held Kursk', () => {
    const s = sets('claimed');
    expect(s.claimed.sort()).toEqual(['ar_crimea', 'donetsk', 'sevastopol']);
    expect(s.line).toEqual(['kharkiv']);
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(true);
    expect(pieceShown({ u: 'kharkiv', s: 'ru' }, s)).toBe(true);
    expect(pieceShown({ u: 'kursk', s: 'ua' }, s)).toBe(false);
  });

  it('borders-1991 draws no control at all', () => {
    const s = sets('borders-1991');
    expect(s).toEqual({ line: [], claimed: [], dmz: [] });
    expect(pieceShown({ u: 'donetsk', s: 'ru' }, s)).toBe(false);
  });
});
