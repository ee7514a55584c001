import { describe, expect, it } from 'vitest';
import { inLang, LANGS, LANGUAGES, nextLang } from './languages.ts';

describe('languages', () => {
  it('offers each language in turn, back to the first', () => {
    const seen = [LANGS[0]];
    for (let i = 1; i < LANGS.length; i++) seen.push(nextLang(seen[i - 1]));
    expect(new Set(seen).size).toBe(LANGS.length);
    expect(nextLang(seen.at(-1)!)).toBe(LANGS[0]);
  });

  it('shows a data text in English where it has no translation', () => {
    expect(inLang({ en: 'Line of control', uk: 'Лінія контролю' }, 'uk')).toBe('Лінія контролю');
    expect(inLang({ en: 'Line of control' }, 'uk')).toBe('Line of control');
  });

  it('loads a complete catalogue for every language', async () => {
    const en = await LANGUAGES.en.load();
    for (const lang of LANGS)
      expect(Object.keys(await LANGUAGES[lang].load()).sort()).toEqual(Object.keys(en).sort());
  });
});
