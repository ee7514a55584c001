import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, attributionIn, exportFileName, type ExportAbout } from './about.ts';

const about: ExportAbout = {
  title: 't',
  scenario: 'plan-2025-12',
  scenarioTitle: 'x',
  variant: null,
  date: '2026-08-22',
};

describe('exportFileName', () => {
  it('names scenario, variant and date', () => {
    expect(exportFileName(about, 'csv')).toBe('territory-scenarios_plan-2025-12_2026-08-22.csv');
    expect(exportFileName({ ...about, variant: 'donbas-zone' }, 'geojson')).toBe(
      'territory-scenarios_plan-2025-12_donbas-zone_2026-08-22.geojson',
    );
  });

  it('cannot be steered out of the download folder', () => {
    expect(exportFileName({ ...about, scenario: '../../etc/x y' }, 'csv')).toBe(
      'territory-scenarios_------etc-x-y_2026-08-22.csv',
    );
  });
});

describe('attributionIn', () => {
  it('credits the same sources in either language', () => {
    expect(attributionIn('en')).toBe(ATTRIBUTION);
    const uk = attributionIn('uk');
    for (const name of ['DeepStateMap.live', 'COD-AB 2017', 'OCHA', 'CC BY-IGO', 'Natural Earth', 'GeoNames'])
      expect(uk).toContain(name);
    expect(uk).not.toMatch(/Made with|Kartographia/);
  });
});
