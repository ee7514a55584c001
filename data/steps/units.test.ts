import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildUnits } from './units.ts';
import { geometryAreaKm2 } from '../../src/lib/geo/area.ts';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [37, 47],
      [38, 47],
      [38, 48],
      [37, 48],
      [37, 47],
    ],
  ],
};
const fc = (properties: Record<string, unknown>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: properties.map((p) => ({ type: 'Feature', properties: p, geometry: square })),
});

describe('administrative units', () => {
  it('gives stable ids, region rows, full names and geodesic areas', () => {
    const [donetsk, sevastopol, kharkiv] = buildUnits([
      {
        file: 'ua.geojson',
        data: fc([
          { iso_3166_2: 'UA-14', name: 'Donetsk Oblast', name_uk: 'Донецька', official_area_km2: 26517 },
          {
            iso_3166_2: 'UA-40',
            name: 'Sevastopol (city)',
            name_uk: 'Севастопольська',
            official_area_km2: 864,
          },
          { iso_3166_2: 'UA-63', name: 'Kharkiv Oblast', name_uk: 'Харківська' },
        ]),
      },
    ]).map((u) => u.properties);
    expect(donetsk).toMatchObject({
      id: 'donetsk',
      region: 'donetsk',
      country: 'UA',
      name_uk: 'Донецька область',
      official_km2: 26517,
    });
    expect(donetsk.km2).toBe(Math.round(geometryAreaKm2(square) * 100) / 100);
    expect(sevastopol).toMatchObject({
      id: 'sevastopol',
      region: 'crimea',
      name_en: 'Sevastopol',
      name_uk: 'Севастополь',
    });
    expect(kharkiv).toMatchObject({ id: 'kharkiv', region: 'other', official_km2: null });
  });

  it('puts Kursk in its own row and other Russian oblasts in none', () => {
    const [kursk, belgorod] = buildUnits([
      {
        file: 'ru.geojson',
        data: fc([
          { iso_3166_2: 'RU-KRS', name: 'Kursk Oblast', ne_name_uk: 'Курська область' },
          { iso_3166_2: 'RU-BEL', name: 'Belgorod Oblast', ne_name_uk: 'Бєлгородська область' },
        ]),
      },
    ]).map((u) => u.properties);
    expect(kursk).toMatchObject({
      id: 'kursk',
      region: 'kursk',
      country: 'RU',
      name_uk: 'Курська область',
      official_km2: 29997,
    });
    expect(belgorod.region).toBeNull();
  });

  it('rejects an unknown region code, naming file and feature', () => {
    expect(() =>
      buildUnits([{ file: 'ua.geojson', data: fc([{ iso_3166_2: 'UA-99', name: 'Nowhere' }]) }]),
    ).toThrow('ua.geojson (feature 0 "Nowhere"): unknown region code "UA-99"');
  });

  it('rejects a unit listed twice, or one without a code or names', () => {
    const twice = fc([
      { iso_3166_2: 'UA-14', name: 'A', name_uk: 'А' },
      { iso_3166_2: 'UA-14', name: 'B', name_uk: 'Б' },
    ]);
    expect(() => buildUnits([{ file: 'f', data: twice }])).toThrow('appears twice');
    expect(() => buildUnits([{ file: 'f', data: fc([{ name: 'A' }]) }])).toThrow('missing iso_3166_2');
    expect(() => buildUnits([{ file: 'f', data: fc([{ iso_3166_2: 'UA-14', name: 'A' }]) }])).toThrow(
      'missing Ukrainian name',
    );
  });

  it('rejects a unit whose geometry is not areal', () => {
    const data = fc([{ iso_3166_2: 'UA-14', name: 'A', name_uk: 'А' }]);
    data.features[0].geometry = { type: 'Point', coordinates: [37, 47] };
    expect(() => buildUnits([{ file: 'f', data }])).toThrow('must be a Polygon or MultiPolygon, not Point');
  });
});
