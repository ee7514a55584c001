import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REAL_SOURCE } from '../../test/fixtures/source.ts';
import { CITY_NAMES } from './city-names.ts';
import { buildCities, buildLakes, buildPlants, buildRivers } from './context.ts';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REAL_SOURCE, file), 'utf8'));
const outline: Feature<Polygon | MultiPolygon> = read('boundaries/ukraine_outline_cod-ab_2017.geojson')
  .features[0];
const keys = (fc: FeatureCollection) => [
  ...new Set(
    fc.features.map((f) =>
      Object.keys(f.properties ?? {})
        .sort()
        .join(','),
    ),
  ),
];
/** A collection of hand-made features; `geometry: null` is allowed, as in malformed input. */
const fc = (
  ...features: { properties: Record<string, unknown>; geometry: Geometry | null }[]
): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map((f) => ({ type: 'Feature', ...f }) as Feature),
});
const at = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });
const PLANT_NAMES_UK = 'data/plant-names-uk.json';
const namesUk = { file: PLANT_NAMES_UK, names: JSON.parse(fs.readFileSync(PLANT_NAMES_UK, 'utf8')) };

describe('rivers (real Natural Earth file)', () => {
  const rivers = buildRivers(read('context/rivers_ne10m_region.geojson'));
  const byName = new Map(rivers.features.map((f) => [f.properties.name_en, f]));

  it('keeps the main rivers under Ukrainian names, with only the contract props', () => {
    expect([...byName.keys()].sort()).toEqual([
      'Desna',
      'Dnipro',
      'Dnister',
      'Don',
      'Inhulets',
      'Oskil',
      'Pivdennyi Buh',
      'Siverskyi Donets',
    ]);
    expect(byName.get('Dnipro')?.properties).toEqual({ name_en: 'Dnipro', name_uk: 'Дніпро', rank: 4 });
    expect(byName.get('Siverskyi Donets')?.properties.name_uk).toBe('Сіверський Донець');
    expect(keys(rivers)).toEqual(['name_en,name_uk,rank']);
  });

  it('merges the Dnipro, river and reservoir parts, into one line from Belarus to Kherson', () => {
    const dnipro = byName.get('Dnipro')!.geometry;
    expect(dnipro.type).toBe('LineString');
    const line = dnipro.coordinates as number[][];
    const [north, south] = [line[0], line[line.length - 1]];
    expect(north[1]).toBe(53.5); // the file's northern edge
    expect(south[0]).toBeCloseTo(32.65, 1); // the mouth below Kherson
    expect(south[1]).toBeCloseTo(46.65, 1);
  });

  it('rounds coordinates to 5 decimals', () => {
    const all = rivers.features.flatMap((f) =>
      f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
    );
    for (const p of all) for (const x of p) expect(Math.round(x * 1e5) / 1e5).toBe(x);
  });
});

describe('lakes and reservoirs (real Natural Earth file)', () => {
  const lakes = buildLakes(read('context/lakes_reservoirs_ne10m_region.geojson'));
  const byName = new Map(lakes.features.map((f) => [f.properties.name_en, f.properties]));

  it('keeps the Dnipro cascade and the main lakes, named in Ukrainian romanisation', () => {
    for (const name of [
      'Kyiv Reservoir',
      'Kaniv Reservoir',
      'Kremenchuk Reservoir',
      'Kamianske Reservoir',
      'Kakhovka Reservoir',
      'Syvash',
      'Molochnyi Lyman',
    ])
      expect(byName.has(name), name).toBe(true);
    expect(byName.get('Kyiv Reservoir')?.name_uk).toBe('Київське водосховище');
    expect(keys(lakes)).toEqual(['name_en,name_uk,rank,until']);
  });

  it('marks the Kakhovka reservoir as gone after the dam was destroyed, and only it', () => {
    expect(byName.get('Kakhovka Reservoir')?.until).toBe('2023-06-06');
    expect([...byName.values()].filter((p) => p.until !== null)).toHaveLength(1);
  });
});

describe('cities (real Natural Earth file)', () => {
  const cities = buildCities(read('context/populated_places_ne10m_region.geojson'), outline);
  const byName = new Map(cities.features.map((f) => [f.properties.name_en, f.properties]));

  it('names every selected city from the table (a missing one would have thrown), and uses every entry', () => {
    expect(cities.features).toHaveLength(Object.keys(CITY_NAMES).length);
    expect(cities.features.length).toBeGreaterThanOrEqual(40);
    expect(cities.features.length).toBeLessThanOrEqual(60);
    expect(keys(cities)).toEqual(['country,name_en,name_uk,pop,rank']);
  });

  it('uses no Russian-style or outdated spellings', () => {
    const names = [...byName.keys()];
    for (const bad of [
      'Kiev',
      'Odessa',
      'Zaporizhzhya',
      'Lvov',
      'Kirovohrad',
      'Mykolayiv',
      'Kharkov',
      'Sevastapol',
      'Vinnytsya',
    ])
      expect(names).not.toContain(bad);
    expect(names).toEqual(
      expect.arrayContaining(['Kyiv', 'Odesa', 'Zaporizhzhia', 'Lviv', 'Kropyvnytskyi', 'Mykolaiv']),
    );
  });

  it('puts Crimea in Ukraine, whatever Natural Earth says', () => {
    for (const name of ['Sevastopol', 'Simferopol', 'Kerch', 'Yalta', 'Yevpatoriia'])
      expect(byName.get(name)?.country, name).toBe('UA');
    expect(byName.get('Kursk')).toMatchObject({ country: 'RU', rank: 2, name_uk: 'Курськ' });
    expect(byName.get('Chișinău')?.country).toBe('MD');
  });

  it('ranks the capital, the oblast centres and the rest', () => {
    expect(byName.get('Kyiv')).toMatchObject({ rank: 1, name_uk: 'Київ', country: 'UA' });
    for (const name of [
      'Kharkiv',
      'Donetsk',
      'Luhansk',
      'Kherson',
      'Zaporizhzhia',
      'Sevastopol',
      'Simferopol',
      'Belgorod',
      'Rostov-on-Don',
    ])
      expect(byName.get(name)?.rank, name).toBe(2);
    expect(byName.get('Mariupol')).toMatchObject({ rank: 3, pop: 481626 });
    expect(cities.features[0].properties.name_en).toBe('Kyiv');
  });
});

describe('power plants (real GPPD file)', () => {
  const plants = buildPlants(read('context/power_plants_gppd_ukraine_kursk.geojson'), outline, namesUk);
  const byName = new Map(plants.features.map((f) => [f.properties.name, f.properties]));

  it('keeps all 65 plants with unique ids and only the contract props', () => {
    expect(plants.features).toHaveLength(65);
    expect(new Set(plants.features.map((f) => f.properties.id)).size).toBe(65);
    expect(keys(plants)).toEqual(['country,fuel,id,mw,name,name_uk']);
  });

  it('shows the Zaporizhzhia NPP under that name, in Ukraine', () => {
    expect(byName.get('Zaporizhzhia NPP')).toEqual({
      id: 'WRI1005114',
      name: 'Zaporizhzhia NPP',
      name_uk: 'Запорізька АЕС',
      fuel: 'Nuclear',
      mw: 6000,
      country: 'UA',
    });
  });

  it('has a Ukrainian name for every plant, and none for a plant the input lacks', () => {
    expect(Object.keys(namesUk.names).sort()).toEqual(plants.features.map((f) => f.properties.id).sort());
    for (const f of plants.features)
      expect(f.properties.name_uk, f.properties.id).toMatch(/^[^A-Za-z]+(?: [IVX]+»)?$/); // Roman numerals aside
  });

  it('gives the Kursk NPP a slug id and puts it in Russia', () => {
    expect(byName.get('Kursk NPP')).toEqual({
      id: 'rus-kursk',
      name: 'Kursk NPP',
      name_uk: 'Курська АЕС',
      fuel: 'Nuclear',
      mw: 4000,
      country: 'RU',
    });
    expect(plants.features.filter((f) => f.properties.country === 'RU')).toHaveLength(1);
  });

  it('puts Crimean plants in Ukraine and uses no Russian-style spellings', () => {
    expect(
      plants.features
        .filter((f) => f.geometry.coordinates[1] < 45.5)
        .every((f) => f.properties.country === 'UA'),
    ).toBe(true);
    expect(plants.features.filter((f) => /Kiev|Zaporozh|Kremenchug|Karkov/.test(f.properties.name))).toEqual(
      [],
    );
  });
});

describe('malformed input', () => {
  it('names the feature with a missing or wrong geometry', () => {
    expect(() => buildRivers(fc({ properties: { name: 'Dnipro', scalerank: 4 }, geometry: null }))).toThrow(
      'feature 0 "Dnipro": geometry is missing',
    );
    expect(() =>
      buildLakes(fc({ properties: { name: 'Syvash', scalerank: 2 }, geometry: at(34, 46) })),
    ).toThrow('feature 0 "Syvash": geometry must be Polygon or MultiPolygon, not Point');
    expect(() =>
      buildRivers(
        fc({
          properties: { name: 'Don', scalerank: 6 },
          geometry: {
            type: 'LineString',
            coordinates: [
              [39, 47],
              [39, 'x' as never],
            ],
          },
        }),
      ),
    ).toThrow(/feature 0 "Don": position \[39,"x"\] is not a \[lon, lat\] pair/);
  });

  it('rejects a non-numeric capacity or rank', () => {
    const plant = {
      name: 'Kaniv',
      gppd_idnr: 'WRI1005122',
      country: 'UKR',
      primary_fuel: 'Hydro',
      capacity_mw: 'lots',
    };
    expect(() =>
      buildPlants(fc({ properties: plant, geometry: at(31.47, 49.77) }), outline, namesUk),
    ).toThrow('feature 0 "Kaniv": capacity_mw is not a number ("lots")');
    expect(() =>
      buildRivers(
        fc({
          properties: { name: 'Desna', scalerank: null },
          geometry: {
            type: 'LineString',
            coordinates: [
              [31, 51],
              [32, 52],
            ],
          },
        }),
      ),
    ).toThrow('feature 0 "Desna": scalerank is not a number (null)');
  });

  it('fails loudly on a city missing from city-names.ts', () => {
    const city = {
      name: 'Zaporizhzhya',
      featurecla: 'Admin-1 capital',
      pop_max: 788000,
      geonameid: 1,
      iso_a2: 'UA',
    };
    expect(() => buildCities(fc({ properties: city, geometry: at(35.18, 47.86) }), outline)).toThrow(
      'feature 0 "Zaporizhzhya": geonameid 1 has no entry in city-names.ts',
    );
  });

  it('names the file and the plant when a plant has no Ukrainian name', () => {
    const plant = {
      name: 'New park',
      gppd_idnr: 'WKS1',
      country: 'UKR',
      primary_fuel: 'Solar',
      capacity_mw: 5,
    };
    expect(() =>
      buildPlants(fc({ properties: plant, geometry: at(31.47, 49.77) }), outline, namesUk),
    ).toThrow(`${PLANT_NAMES_UK}: plant "WKS1" (New park) has no Ukrainian name: add one`);
  });

  it('rejects a Ukrainian plant outside Ukraine and a lake table entry the input lacks', () => {
    const plant = {
      name: 'Somewhere',
      gppd_idnr: 'X1',
      country: 'UKR',
      primary_fuel: 'Solar',
      capacity_mw: 5,
    };
    expect(() => buildPlants(fc({ properties: plant, geometry: at(40, 55) }), outline, namesUk)).toThrow(
      /"Somewhere": lies outside Ukraine's outline/,
    );
    expect(() => buildLakes(fc())).toThrow(
      'lake "Kyiv Reservoir" matched 0 features, expected 1 (name "Kiev Reservoir")',
    );
  });
});
