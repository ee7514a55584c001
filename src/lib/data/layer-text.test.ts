import { describe, expect, it } from 'vitest';
import { credit, layerIn } from './layer-text.ts';
import type { LayerSource } from './types.ts';

const layer = (id: string, attribution: string, uk: LayerSource['uk']): LayerSource => ({
  id,
  title: `Title ${id}`,
  description: 'What it shows.',
  attribution,
  licence: 'CC BY 4.0',
  url: 'https://example.org/',
  version: null,
  dateRange: null,
  note: 'A caveat.',
  uk,
});

const lakes = layer('lakes', 'Made with Natural Earth', {
  title: 'Озера',
  description: 'Що показано.',
  attribution: 'Створено за даними Natural Earth',
  note: 'Застереження.',
});
const rivers = layer('rivers', 'Made with Natural Earth', { title: 'Річки', description: 'Що показано.' });

describe('layerIn', () => {
  it('keeps the English texts in English', () => {
    expect(layerIn(lakes, 'en')).toBe(lakes);
  });

  it('takes the Ukrainian texts, and keeps proper names that have none', () => {
    const uk = layerIn(lakes, 'uk');
    expect([uk.title, uk.description, uk.attribution, uk.note]).toEqual([
      'Озера',
      'Що показано.',
      'Створено за даними Natural Earth',
      'Застереження.',
    ]);
    expect(uk.licence).toBe('CC BY 4.0');
    expect(uk.url).toBe(lakes.url);
  });
});

describe('credit', () => {
  it('names each source once, in the language asked for', () => {
    expect(credit([lakes, rivers], ['lakes', 'rivers'], 'en')).toBe('Made with Natural Earth');
    expect(credit([lakes, rivers], ['lakes', 'rivers'], 'uk')).toBe(
      'Створено за даними Natural Earth; Made with Natural Earth',
    );
    expect(credit([lakes, rivers], ['rivers'], 'uk')).toBe('Made with Natural Earth');
  });
});
