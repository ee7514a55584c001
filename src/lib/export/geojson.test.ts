import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { scenarioGeoJson } from './geojson.ts';
import { ATTRIBUTION, LICENCE, type ExportAbout } from './about.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { UNITS } from '../scenarios/fixtures.test-data.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { PieceProps, Status, UnitProps } from '../data/types.ts';

/** An axis-aligned square (or rectangle) from its south-west and north-east corners. */
const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/** The hand-made world of fixtures.test-data.ts laid out as 1° squares in a row. */
const PLACES: Record<string, Polygon> = {
  donetsk: box(0, 0, 1, 1),
  luhansk: box(1, 0, 2, 1),
  ar_crimea: box(2, 0, 3, 1),
  sevastopol: box(3, 0, 4, 1),
  kharkiv: box(4, 0, 5, 1),
  kursk: box(5, 0, 6, 1),
  belgorod: box(6, 0, 7, 1),
};
const UNIT_FC: FeatureCollection<Polygon, UnitProps> = {
  type: 'FeatureCollection',
  features: UNITS.map((u) => ({ type: 'Feature', properties: u, geometry: PLACES[u.id] })),
};

const piece = (u: string, s: Status, geometry: Polygon): Feature<MultiPolygon, PieceProps> => ({
  type: 'Feature',
  properties: { u, s },
  geometry: { type: 'MultiPolygon', coordinates: [geometry.coordinates] },
});
/** Russia holds the west half of Donetsk, all of Luhansk and Crimea, a corner of Kharkiv; Ukraine a corner of Kursk. */
const CONTROL: Pick<ControlView, 'date' | 'pieces' | 'line'> = {
  date: '2026-08-22',
  pieces: {
    type: 'FeatureCollection',
    features: [
      piece('donetsk', 'ru', box(0, 0, 0.5, 1)),
      piece('luhansk', 'ru', PLACES.luhansk),
      piece('ar_crimea', 'ru', PLACES.ar_crimea),
      piece('sevastopol', 'ru', PLACES.sevastopol),
      piece('kharkiv', 'ru', box(4, 0, 4.1, 0.1)),
      piece('kursk', 'ua', box(5, 0, 5.2, 0.2)),
      piece('kursk', 'contested', box(5.2, 0, 5.3, 0.2)),
      piece('belgorod', 'ua', box(6, 0, 6.1, 0.1)),
    ],
  },
  line: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
};

const ABOUT: ExportAbout = {
  title: 'Territorial control in the Russia–Ukraine war',
  scenario: 'claimed',
  scenarioTitle: 'Claimed by Russia as annexed',
  variant: null,
  date: '2025-09-01',
};

/** The export as `unit:status` lines, in file order. */
const statuses = (...args: Parameters<typeof terms>) =>
  scenarioGeoJson(CONTROL, UNIT_FC, terms(...args), ABOUT).features.map(
    (f) => `${f.properties.unit}:${f.properties.status}`,
  );

describe('scenarioGeoJson', () => {
  it('controlled: every piece as held, nothing moves; Belgorod has no row and is left out', () => {
    expect(statuses('controlled')).toEqual([
      'donetsk:ru',
      'luhansk:ru',
      'ar_crimea:ru',
      'sevastopol:ru',
      'kharkiv:ru',
      'kursk:ua',
      'kursk:contested',
    ]);
  });

  it('claimed: annexed units whole beneath their held pieces; Ukraine-held Kursk passes to Russia', () => {
    expect(statuses('claimed')).toEqual([
      'donetsk:ru-claimed',
      'luhansk:ru-claimed',
      'ar_crimea:ru-claimed',
      'sevastopol:ru-claimed',
      'donetsk:ru',
      'luhansk:ru',
      'ar_crimea:ru',
      'sevastopol:ru',
      'kharkiv:ru',
      'kursk:to-ru',
      'kursk:to-ru',
    ]);
  });

  it('borders-1991: every Russian-held piece in Ukraine returns', () => {
    expect(statuses('borders-1991')).toEqual([
      'donetsk:to-ua',
      'luhansk:to-ua',
      'ar_crimea:to-ua',
      'sevastopol:to-ua',
      'kharkiv:to-ua',
      'kursk:to-ru',
      'kursk:to-ru',
    ]);
  });

  it('US plan: Donetsk whole as a demilitarised zone under its held half', () => {
    const out = scenarioGeoJson(CONTROL, UNIT_FC, terms('us-plan-2025-11'), ABOUT);
    const donetsk = out.features.filter((f) => f.properties.unit === 'donetsk');
    expect(donetsk.map((f) => f.properties.status)).toEqual(['dmz-claimed', 'ru']);
    expect(donetsk.map((f) => f.geometry)).toEqual([
      PLACES.donetsk,
      { type: 'MultiPolygon', coordinates: [box(0, 0, 0.5, 1).coordinates] },
    ]);
    expect(donetsk[0].properties.region).toBe('donetsk');
    expect(statuses('us-plan-2025-11')).toContain('kharkiv:to-ua');
  });

  it('adds a buffer zone as one last feature with its width and sides', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [box(0.4, 0, 0.6, 1).coordinates] };
    const out = scenarioGeoJson(CONTROL, UNIT_FC, terms('controlled'), ABOUT, {
      km: 15,
      sides: 'both',
      geometry,
    });
    expect(out.features.at(-1)).toEqual({
      type: 'Feature',
      properties: { status: 'zone', unit: 'ukraine', region: 'ukraine', km: 15, sides: 'both' },
      geometry,
    });
    expect(out.metadata.statuses.zone).toMatch(/demilitarised strip/);
    expect(
      scenarioGeoJson(CONTROL, UNIT_FC, terms('controlled'), ABOUT).features.some(
        (f) => f.properties.status === 'zone',
      ),
    ).toBe(false);
  });

  it('follows the reader’s own toggles', () => {
    expect(statuses('controlled', null, { donetsk: 'ru' }).slice(0, 2)).toEqual([
      'donetsk:ru-claimed',
      'donetsk:ru',
    ]);
  });

  it('carries what it is and whose data it is, and stays plain JSON', () => {
    const out = scenarioGeoJson(CONTROL, UNIT_FC, terms('claimed'), { ...ABOUT, link: 'https://x.org/?a=1' });
    expect(out.type).toBe('FeatureCollection');
    expect(out.metadata).toMatchObject({
      title: ABOUT.title,
      scenario: 'claimed',
      variant: null,
      date: '2025-09-01',
      link: 'https://x.org/?a=1',
      attribution: ATTRIBUTION,
      licence: LICENCE,
    });
    expect(out.metadata.sources.map((s) => s.name).join('; ')).toMatch(/DeepStateMap.*COD-AB.*Natural Earth/);
    const statusesUsed = new Set(out.features.map((f) => f.properties.status));
    for (const s of statusesUsed) expect(out.metadata.statuses[s]).toBeTruthy();
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});
