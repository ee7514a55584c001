import { describe, expect, it } from 'vitest';
import { shownTitle } from './title.ts';
import { CATALOG } from './catalog.test-data.ts';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';

const scenario = (id: string) => CATALOG.find((s) => s.id === id)!;

describe('shownTitle', () => {
  it('names the chosen reading of a proposal with open terms', () => {
    const kursk = scenario('kursk-exchange-2025-02');
    expect(shownTitle(kursk, 'kharkiv', false, 'en', en)).toBe(
      'Kursk exchange, February 2025 — For Russian-held Kharkiv oblast',
    );
    expect(shownTitle(kursk, null, false, 'uk', uk)).toBe(
      'Обмін Курщини, лютий 2025 — Натомість нічого не названо',
    );
  });

  it('keeps a plain title where there is nothing to choose', () => {
    expect(shownTitle(scenario('claimed'), null, false, 'en', en)).toBe('Claimed by Russia as annexed');
  });

  it('marks the reader’s own scenario, reading included', () => {
    expect(shownTitle(scenario('kursk-exchange-2025-02'), 'kharkiv', true, 'en', en)).toBe(
      en.customBased('Kursk exchange, February 2025 — For Russian-held Kharkiv oblast'),
    );
  });
});
