import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { REAL_SOURCE } from '../../test/fixtures/source.ts';
import { unitSquare } from '../../test/fixtures/squares.ts';
import { buildCountries, COUNTRIES_BBOX, MAP_MAX_BOUNDS } from './countries.ts';

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const atlas: Topology = read(path.join(process.cwd(), 'node_modules/world-atlas/countries-50m.json'));
const outline: Feature<Polygon | MultiPolygon> = read(
  path.join(REAL_SOURCE, 'boundaries/ukraine_outline_cod-ab_2017.geojson'),
).features[0];

const SIMFEROPOL = [34.1, 44.95];
const SEVASTOPOL = [33.52, 44.6];
const KYIV = [30.52, 50.45];
// Water that COD-AB leaves out of Ukraine's outline but Natural Earth's Russia covers: the Syvash
// (east and west) and the shallows off Kerch. Cutting Russia by the outline alone would keep them.
const WATERS = [
  [34.6, 45.85],
  [34.133, 46.038],
  [36.452, 45.232],
];

describe('neighbouring countries (real world-atlas 1:50m)', () => {
  const countries = buildCountries(atlas, outline);
  const covering = (pt: number[]) =>
    countries.features.filter((f) => booleanPointInPolygon(pt, f)).map((f) => f.properties.id);

  it('the input draws Crimea as Russian, which is why the step cuts it out', () => {
    const russia = feature(atlas, atlas.objects.countries as never) as unknown as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >;
    expect(
      russia.features.filter((f) => booleanPointInPolygon(SIMFEROPOL, f)).map((f) => f.properties.name),
    ).toEqual(['Russia']);
  });

  it('keeps the neighbours, without Ukraine, with ISO ids and both names', () => {
    const ids = countries.features.map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['ru', 'by', 'pl', 'sk', 'hu', 'ro', 'md']));
    expect(ids).not.toContain('ua');
    expect(new Set(ids).size).toBe(ids.length);
    for (const { properties: p } of countries.features) {
      expect(p.id).toMatch(/^[a-z]{2}$/);
      expect(p.name_uk).toMatch(/^[А-ЯІЇЄҐа-яіїєґʼ' -]+$/);
      expect(Object.keys(p).sort()).toEqual(['id', 'name_en', 'name_uk']);
    }
    expect(countries.features.find((f) => f.properties.id === 'ru')?.properties).toEqual({
      id: 'ru',
      name_en: 'Russia',
      name_uk: 'Росія',
    });
  });

  it('covers no internationally recognised Ukrainian territory', () => {
    for (const pt of [SIMFEROPOL, SEVASTOPOL, KYIV, ...WATERS]) expect(covering(pt)).toEqual([]);
    for (const pt of WATERS) expect(booleanPointInPolygon(pt, outline)).toBe(false);
  });

  it('still covers the neighbours themselves', () => {
    expect(covering([36.19, 51.74])).toEqual(['ru']); // Kursk
    expect(covering([36.6, 50.6])).toEqual(['ru']); // Belgorod
    expect(covering([28.86, 47.0])).toEqual(['md']); // Chișinău
    expect(covering([27.56, 53.9])).toEqual(['by']); // Minsk
  });

  it("fills the strips between Natural Earth's borders and COD-AB's with the neighbour", () => {
    // Both points are Ukraine in NE but outside COD-AB's outline: left alone they would be gaps.
    const strips = { md: [29.58, 47.03], ro: [25.465, 47.911] };
    for (const [id, pt] of Object.entries(strips)) {
      expect(booleanPointInPolygon(pt, outline)).toBe(false);
      expect(covering(pt)).toEqual([id]);
    }
  });

  it('reaches past every view the map can show, with land all round its edges', () => {
    // The map's own maxBounds, read from its source: the two must not drift apart.
    const source = fs.readFileSync(path.join(process.cwd(), 'src/lib/map/maplibre.ts'), 'utf8');
    const bounds = source.match(/maxBounds:\s*\[\s*\[([^\]]+)\],\s*\[([^\]]+)\]/);
    expect(bounds, 'maxBounds in maplibre.ts').toBeTruthy();
    expect([bounds![1], bounds![2]].map((p) => p.split(',').map(Number))).toEqual(MAP_MAX_BOUNDS);
    const [w, s, e, n] = COUNTRIES_BBOX;
    const [[west, south], [east, north]] = MAP_MAX_BOUNDS;
    expect(w < west && s < south && e > east && n > north).toBe(true);
    // Land at the corners and edges of the views: where the shading used to stop in a straight seam
    // (east of Rostov, the Volga, the Caucasus), and inland far from Ukraine.
    for (const [pt, id] of [
      [[46.5, 48.5], 'ru'], // Volgograd oblast, east of the old 44° E edge
      [[49.5, 57.5], 'ru'], // north-east corner
      [[49.5, 50.0], 'kz'],
      [[45.0, 40.2], 'am'],
      [[49.0, 40.5], 'az'],
      [[44.0, 38.3], 'tr'], // south-east corner
      [[14.5, 50.5], 'cz'], // west edge
      [[14.5, 48.0], 'at'],
      [[22.0, 38.5], 'gr'], // south-west
      [[25.0, 57.5], 'lv'],
      [[26.0, 58.5], 'ee'], // north edge
    ] as const)
      expect(covering([...pt]), `${pt}`).toEqual([id]);
  });

  it('is clipped to the bbox and small', () => {
    const [w, s, e, n] = COUNTRIES_BBOX;
    for (const f of countries.features)
      for (const polygon of f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
        for (const [x, y] of polygon.flat()) {
          expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
        }
    // Some 80 KB gzipped as GeoJSON; quantised in regions.topo.json, much less.
    expect(JSON.stringify(countries).length).toBeLessThan(250_000);
  });
});

describe('neighbouring countries (malformed input)', () => {
  const square = unitSquare;
  const tiny: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: square(30, 50) };
  const atlasOf = (countries: { name?: string; geometry: Polygon }[]) =>
    topology({
      countries: {
        type: 'FeatureCollection',
        features: countries.map(({ name, geometry }) => ({
          type: 'Feature',
          properties: { name },
          geometry,
        })),
      },
    } as never) as Topology;

  it('names a country in the bbox that has no id and names', () => {
    expect(() => buildCountries(atlasOf([{ name: 'Atlantis', geometry: square(25, 45) }]), tiny)).toThrow(
      /"Atlantis".*countries\.ts/,
    );
  });

  it('ignores countries outside the bbox and Ukraine itself', () => {
    const out = buildCountries(
      atlasOf([
        { name: 'Atlantis', geometry: square(0, 0) },
        { name: 'Ukraine', geometry: square(30, 50) },
      ]),
      tiny,
    );
    expect(out.features).toEqual([]);
  });

  it("rejects a topology without countries, Ukraine, or a country's name", () => {
    expect(() => buildCountries({ type: 'Topology', objects: {}, arcs: [] }, tiny)).toThrow(/no "countries"/);
    expect(() => buildCountries(atlasOf([{ geometry: square(25, 45) }]), tiny)).toThrow(/missing name/);
    expect(() => buildCountries(atlasOf([{ name: 'Atlantis', geometry: square(0, 0) }]), tiny)).toThrow(
      /no country named "Ukraine"/,
    );
  });
});
