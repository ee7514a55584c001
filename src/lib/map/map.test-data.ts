/**
 * A small world for the map's tests: three units, a river, two reservoirs (one drained on
 * 2023-06-06, as Kakhovka), a city, two power plants, and a control history of four days made by the
 * pipeline's own code — Donetsk's Russian-held part the same on the first two days (the second is
 * carried forward), smaller on the third, with Ukraine-held land in Kursk on the fourth.
 */
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { decodeContext, decodeRegions } from '../data/decode.ts';
import type { ContextTopology, LakeProps, RegionsTopology, UnitProps } from '../data/types.ts';
import { ControlHistory, LATEST_ID_BASE } from '../data/history.ts';
import { controlView } from '../state/control.svelte.ts';
import { labelCollection } from '../geo/label-collection.ts';
import { LABELLED_UNITS } from '../data/types.ts';
import { ZNPP } from '../scenarios/assets.ts';
import { historyOf, piece } from '../../../test/fixtures/history.ts';
import { unitSquare } from '../../../test/fixtures/squares.ts';
import type { MapInput } from './territory-map.ts';
import { fontFaces } from './fonts.ts';

const fc = <P>(features: Feature<Geometry, P>[]): FeatureCollection<Geometry, P> => ({
  type: 'FeatureCollection',
  features,
});
const feature = <P>(geometry: Geometry, properties: P): Feature<Geometry, P> => ({
  type: 'Feature',
  properties,
  geometry,
});
const unit = (id: string, region: UnitProps['region'], country: 'UA' | 'RU', x: number, y: number) =>
  feature<UnitProps>(unitSquare(x, y), {
    id,
    iso: id,
    country,
    region,
    name_en: id,
    name_uk: `${id} (uk)`,
    km2: 100,
    official_km2: null,
    label: [x + 0.5, y + 0.5],
  });

export const DATES = ['2023-06-05', '2023-06-06', '2023-06-07', '2023-06-08'];

const regionsTopo = topology({
  units: fc([
    unit('kharkiv', 'other', 'UA', 36, 48),
    unit('donetsk', 'donetsk', 'UA', 37, 47),
    unit('kursk', 'kursk', 'RU', 36, 49),
  ]),
  outline: fc([
    feature({ type: 'MultiPolygon', coordinates: [unitSquare(36, 47).coordinates] }, { id: 'ukraine' }),
  ]),
  countries: fc([feature(unitSquare(38, 47), { id: 'RU', name_en: 'Russia', name_uk: 'Росія' })]),
}) as unknown as RegionsTopology;

const contextTopo = topology({
  rivers: fc([
    feature(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [36.1, 47.1],
            [37.9, 47.9],
          ],
        ],
      },
      { name_en: 'Dnipro', name_uk: 'Дніпро', rank: 1 },
    ),
  ]),
  lakes: fc([
    feature<LakeProps>(unitSquare(36.2, 47.2), {
      name_en: 'Kakhovka',
      name_uk: 'Каховське',
      rank: 1,
      until: '2023-06-06',
    }),
    feature(unitSquare(36.6, 47.6), { name_en: 'Dnipro', name_uk: 'Дніпровське', rank: 1, until: null }),
  ]),
  cities: fc([
    feature(
      { type: 'Point', coordinates: [37.8, 48] },
      { name_en: 'Donetsk', name_uk: 'Донецьк', pop: 900000, rank: 1, country: 'UA' },
    ),
  ]),
  plants: fc([
    feature(
      { type: 'Point', coordinates: [34.6, 47.5] },
      {
        id: ZNPP,
        name: 'Zaporizhzhia NPP',
        name_uk: 'Запорізька АЕС',
        fuel: 'Nuclear',
        mw: 6000,
        country: 'UA',
      },
    ),
    feature(
      { type: 'Point', coordinates: [37.5, 47.5] },
      { id: 'gas-1', name: 'Gas plant', name_uk: 'ТЕС', fuel: 'Gas', mw: 100, country: 'UA' },
    ),
  ]),
}) as unknown as ContextTopology;

export const regions = decodeRegions(regionsTopo);
export const context = decodeContext(contextTopo);

const donetskAll = piece('donetsk', 'ru', unitSquare(37, 47));
const donetskHalf = piece('donetsk', 'ru', {
  type: 'Polygon',
  coordinates: [
    [
      [37.5, 47],
      [38, 47],
      [38, 48],
      [37.5, 48],
      [37.5, 47],
    ],
  ],
});
const kurskUa = piece('kursk', 'ua', unitSquare(36, 49));

/** The whole history: four days. */
export const history = new ControlHistory(
  historyOf([[donetskAll], [donetskAll], [donetskHalf], [donetskHalf, kurskUa]], DATES[0]),
);
/** The latest day's alone, as history-latest.bin holds it. */
export const latest = new ControlHistory(
  historyOf([[], [], [], [donetskHalf, kurskUa]], DATES[0]),
  LATEST_ID_BASE,
);

/** Day `i` of the whole history. */
export const day = (i: number) => controlView(history, DATES[i], i);
/** The latest day, from the latest day's history. */
export const latestDay = () => controlView(latest, DATES[3], 3);

/** What the map is made from. */
export const INPUT: MapInput = {
  regions,
  context,
  labels: labelCollection(regions.unitProps, LABELLED_UNITS),
  fontFaces: fontFaces('https://maps.example.org/'),
  attribution: { control: 'DeepStateMap', regions: 'COD-AB', context: 'Natural Earth' },
  cooperative: false,
  locale: {},
};
