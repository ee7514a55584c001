import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';
import { assetControl, assetLegendLine, assetName } from './asset-text.ts';

describe('asset terms in words', () => {
  it('names the asset, who would control it and, where the terms say, who would run it', () => {
    expect(assetName({ asset: 'kinburn-spit' }, en)).toBe('Kinburn Spit');
    expect(assetControl({ control: 'ua', operator: 'us' }, en)).toBe('Ukraine, run by the United States');
    expect(assetControl({ control: 'open' }, en)).toBe('left open');
    expect(assetLegendLine({ asset: 'znpp', control: 'dmz', operator: 'us-ua' }, en)).toBe(
      'Zaporizhzhia nuclear power plant: demilitarised, run by a US–Ukrainian venture under the terms',
    );
  });

  it('says the same in Ukrainian', () => {
    expect(assetLegendLine({ asset: 'kakhovka-dam', control: 'ua' }, uk)).toBe(
      'Каховська гребля: Україна за умовами',
    );
  });
});
