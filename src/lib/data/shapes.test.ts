import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AreasShape, ManifestShape, TopologyShape } from './shapes.ts';
import { decodeTopology } from './topo-binary.ts';

const read = (f: string) => readFileSync(new URL(`../../../public/data/${f}`, import.meta.url));
const json = (f: string) => JSON.parse(read(f).toString('utf8')) as Record<string, unknown>;
const problem = (schema: v.GenericSchema, value: unknown) => {
  const r = v.safeParse(schema, value);
  return r.success ? null : r.issues[0].message;
};

describe('data shapes', () => {
  const manifest = json('manifest.json') as { dates: string[]; carried: string[] };
  const areas = json('areas.json') as { ru: Record<string, number[]>; dates: string[] };

  it('accept the built files', () => {
    expect(problem(ManifestShape, manifest)).toBeNull();
    expect(problem(AreasShape, areas)).toBeNull();
    expect(problem(AreasShape, json('areas-first.json'))).toBeNull();
    expect(
      problem(TopologyShape(['units', 'outline', 'countries']), decodeTopology(read('regions.bin'))),
    ).toBeNull();
  });

  it('refuse a manifest whose dates go backwards, repeat, or that carries a day it lacks', () => {
    const d = manifest.dates;
    expect(problem(ManifestShape, { ...manifest, dates: [d[1], d[0], ...d.slice(2)] })).toMatch(
      /strictly increasing/,
    );
    expect(problem(ManifestShape, { ...manifest, dates: [d[0], d[0]] })).toMatch(/strictly increasing/);
    expect(problem(ManifestShape, { ...manifest, dates: ['2099-13-40'] })).toBeTruthy();
    expect(problem(ManifestShape, { ...manifest, carried: ['2099-06-12'] })).toMatch(/carried/);
  });

  it('refuse a negative or infinite area, and a series shorter than its dates', () => {
    const donetsk = areas.ru.donetsk;
    expect(
      problem(AreasShape, { ...areas, ru: { ...areas.ru, donetsk: [-1, ...donetsk.slice(1)] } }),
    ).toBeTruthy();
    expect(
      problem(AreasShape, { ...areas, ru: { ...areas.ru, donetsk: [Infinity, ...donetsk.slice(1)] } }),
    ).toBeTruthy();
    expect(problem(AreasShape, { ...areas, ru: { ...areas.ru, donetsk: donetsk.slice(1) } })).toMatch(
      /as long as dates/,
    );
  });

  it('refuse a regions file without units', () => {
    const regions = decodeTopology(read('regions.bin')) as unknown as { objects: Record<string, object> };
    const empty = {
      ...regions,
      objects: { ...regions.objects, units: { type: 'GeometryCollection', geometries: [] } },
    };
    expect(problem(TopologyShape(['units', 'outline', 'countries']), empty)).toBeTruthy();
  });
});
