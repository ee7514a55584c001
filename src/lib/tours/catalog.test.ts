import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Areas, Manifest, RegionsTopology, UnitProps } from '../data/types.ts';
import { orderCatalog } from '../scenarios/catalog.ts';
import { CATALOG } from '../scenarios/catalog.test-data.ts';
import { parseTours, scenarioIds, TourFileError } from './catalog.ts';
import { TOUR_FILES } from './files.ts';
import { decodeTopology } from '../data/topo-binary.ts';

const IDS = scenarioIds(CATALOG);
const TOURS = parseTours(TOUR_FILES, IDS);
const file = (name: string) =>
  structuredClone(TOUR_FILES[`../../../data/tours/${name}`]) as { steps: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;

describe('parseTours', () => {
  it('accepts every file in data/tours', () => {
    expect(TOURS.map((t) => t.id)).toEqual(['front-line-2022-2026', 'proposals']);
  });

  it('lists each scenario with its variants', () => {
    expect(IDS['plan-2025-12']).toEqual(['line', 'donbas-zone']);
    expect(IDS.controlled).toEqual([]);
  });

  it('names the file and the field of a bad tour', () => {
    const bad = (edit: (t: ReturnType<typeof file>) => void) => {
      const t = file('proposals.json');
      edit(t);
      return () => parseTours({ ...TOUR_FILES, '../../../data/tours/proposals.json': t }, IDS);
    };
    expect(bad((t) => (t.steps[2].date = '2025-02-30'))).toThrow(
      /^proposals\.json: steps\.2\.date: must be a real day/,
    );
    expect(bad((t) => (t.steps[0].date = 'yesterday'))).toThrow(/^proposals\.json: steps\.0\.date: /);
    expect(bad((t) => (t.steps[1].view = { lon: 200, lat: 48, zoom: 6 }))).toThrow(
      /^proposals\.json: steps\.1\.view\.lon: /,
    );
    expect(bad((t) => delete (t.steps[3].caption as Record<string, string>).uk)).toThrow(
      /^proposals\.json: steps\.3\.caption\.uk: /,
    );
    expect(bad((t) => (t.steps = []))).toThrow(/^proposals\.json: steps: /);
    expect(bad((t) => (t.steps[0].surprise = 1))).toThrow(/^proposals\.json: steps\.0\.surprise: /);
    expect(bad((t) => (t.steps[4].sources = [{ name: 'x', url: 'nope', date: '2025-01-01' }]))).toThrow(
      /^proposals\.json: steps\.4\.sources\.0\.url: /,
    );
    expect(bad((t) => (t.id = 'other'))).toThrow('proposals.json: id "other" does not match the file name');
  });

  it('rejects a step naming a scenario or variant the catalog lacks', () => {
    const t = file('proposals.json');
    t.steps[5].scenario = 'mars-plan';
    expect(() => parseTours({ 'proposals.json': t }, IDS)).toThrow(
      'proposals.json: steps.5.scenario: "mars-plan" is not in the scenario catalog',
    );
    t.steps[5].scenario = 'plan-2025-12';
    t.steps[5].variant = 'nope';
    expect(() => parseTours({ 'proposals.json': t }, IDS)).toThrow(TourFileError);
    t.steps[5].variant = 'donbas-zone';
    expect(parseTours({ 'proposals.json': t }, IDS)[0].steps[5].variant).toBe('donbas-zone');
  });

  it('rejects captions that state an area, in either language', () => {
    for (const text of ['about 1,294 km² of land', '1 000 km2', '5 square kilometres', '10 sq km']) {
      const t = file('proposals.json');
      (t.steps[0].caption as Record<string, string>).en = text;
      expect(() => parseTours({ 'proposals.json': t }, IDS), text).toThrow(/steps\.0\.caption: .*km²/);
    }
    for (const text of ['понад 1000 км²', '1 294 кв. км', 'тисяча квадратних кілометрів']) {
      const t = file('proposals.json');
      (t.steps[0].caption as Record<string, string>).uk = text;
      expect(() => parseTours({ 'proposals.json': t }, IDS), text).toThrow(/steps\.0\.caption: /);
    }
  });
});

describe('the tours on the real data (public/data, built by the pipeline)', () => {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Manifest;
  const areas = JSON.parse(readFileSync('public/data/areas.json', 'utf8')) as Areas;
  const topo = decodeTopology<RegionsTopology>(readFileSync('public/data/regions.bin'));
  const units = (
    feature(topo, topo.objects.units) as unknown as { features: { properties: UnitProps }[] }
  ).features.map((f) => f.properties);
  const tour = (id: string) => TOURS.find((t) => t.id === id)!;

  it('shows only days that are in the data', () => {
    for (const t of TOURS)
      for (const s of t.steps) if (s.date !== 'latest') expect(manifest.dates, t.id).toContain(s.date);
  });

  it('shows the Kursk incursion on days with data on Ukraine-held land in Russia', () => {
    const kursk = tour('front-line-2022-2026').steps.filter((s) => s.view && s.view.lat > 50.5);
    expect(kursk).toHaveLength(2);
    for (const s of kursk) {
      expect(s.date <= manifest.uaInRussiaUntil).toBe(true);
      expect(areas.ua.kursk[manifest.dates.indexOf(s.date)]).toBeGreaterThan(0);
    }
  });

  it('walks the proposals in slider order, on the date each scenario pins', () => {
    const order = orderCatalog(CATALOG, areas, units);
    const steps = tour('proposals').steps;
    expect(steps.map((s) => s.scenario)).toEqual(order.map((s) => s.id));
    for (const [i, s] of order.entries()) {
      const pinned = s.reference === 'latest' || s.reference === 'selected' ? 'latest' : s.reference;
      expect(steps[i].date, s.id).toBe(pinned);
    }
  });
});
