import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatKm2,
  formatPct,
  formatShare,
  loadMessages,
  messages,
} from './index.ts';
import { en } from './en.ts';
import { uk } from './uk.ts';

describe('i18n', () => {
  it('has the same keys in every language', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    expect(uk.methodText).toHaveLength(en.methodText.length);
  });

  it('gives a catalogue only once it is loaded', async () => {
    expect(() => messages('uk')).toThrow(/await loadMessages\('uk'\)/);
    expect(await loadMessages('uk')).toBe(uk);
    expect(messages('uk')).toBe(uk);
  });

  it('formats areas, changes, shares and dates per language', () => {
    expect(formatKm2(26506.02, 'en')).toBe('26,506');
    expect(formatKm2(26506.02, 'uk').replace(/\s/g, ' ')).toBe('26 506');
    expect(formatKm2(-0.2, 'en')).toBe('0');
    expect(formatChange(1234.4, 'en')).toBe('+1,234');
    expect(formatChange(-56, 'en')).toMatch(/^[-−]56$/);
    expect(formatChange(0.3, 'en')).toBe('0');
    expect(formatPct(0.1874, 'en')).toBe('18.7%');
    expect(formatPct(0, 'en')).toBe('0.0%');
    expect(formatPct(1, 'en')).toBe('100.0%');
  });

  it('never shows land of 1 km² or more as none of the whole, nor less than all as all', () => {
    // 101 km² of Ukraine's 603,628 km² is 0.017 %: not "0.0 %".
    expect(formatShare(101, 603_628, 'en')).toBe('<\u00a00.1%');
    expect(formatShare(101, 603_628, 'uk')).toMatch(/^<\u00a00,1\s?%$/);
    expect(formatShare(302, 603_628, 'en')).toBe('0.1%');
    // 8 km² of Luhansk's 26,684 km² left: not "100.0 %".
    expect(formatShare(26_676, 26_684, 'en')).toBe('>\u00a099.9%');
    expect(formatShare(26_668, 26_684, 'en')).toBe('99.9%');
    // What shows as 0 km² is none, and a part that shows as the whole is all.
    expect(formatShare(0.3, 603_628, 'en')).toBe('0.0%');
    expect(formatShare(849.8, 850.2, 'en')).toBe('100.0%');
    expect(formatShare(0, 0, 'en')).toBe('0.0%');
    expect(formatDate('2026-08-22', 'en')).toBe('22 August 2026');
    expect(formatDate('2026-08-22', 'uk')).toMatch(/^22 серпня 2026/);
  });
});
