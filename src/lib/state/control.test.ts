/** ControlSource's behaviour; its reactivity is Svelte's (the e2e tests watch the history arrive). */
import { describe, expect, it, vi } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { ControlSource } from './control.svelte.ts';
import type { ControlTopology, FacesTopology, PieceProps } from '../data/types.ts';
import { buildFaces } from '../../../data/steps/faces.ts';

const square = (x: number): Feature<Polygon, PieceProps> => ({
  type: 'Feature',
  properties: { u: 'donetsk', s: 'ru' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});
const fc = (x: number): FeatureCollection => ({ type: 'FeatureCollection', features: [square(x)] });
const history = topology({ '2024-01-01': fc(0), '2024-01-02': fc(3) }, 1e4) as unknown as ControlTopology;
const facesOf = async () => buildFaces(history, ['2024-01-01', '2024-01-02']) as FacesTopology;
const latest = topology({ '2024-01-02': fc(3) }, 1e4) as unknown as ControlTopology;

describe('ControlSource', () => {
  it('stands in the latest date for others until the history arrives, then decodes them', async () => {
    const source = new ControlSource(latest, '2024-01-02', false);
    expect(source.on('2024-01-01')).toBe(source.latest);
    await source.complete(async () => history, facesOf);
    expect(source.on('2024-01-01').date).toBe('2024-01-01');
    expect(source.on('2024-01-01').pieces.features[0].geometry.coordinates[0][0]).toEqual([0, 0]);
  });

  it('keeps the latest date decoded once, whichever topology holds it', () => {
    const source = new ControlSource(history, '2024-01-02', true);
    expect(source.on('2024-01-02')).toBe(source.latest);
    expect(source.on('2024-01-01').pieces.features).toHaveLength(1);
  });

  it('keeps a failed fetch as an error rather than throwing', async () => {
    const source = new ControlSource(latest, '2024-01-02', false);
    await source.complete(() => Promise.reject(new Error('control.topo.json: HTTP 503')), facesOf);
    expect(source.error?.message).toBe('control.topo.json: HTTP 503');
    expect(source.on('2024-01-01')).toBe(source.latest);
  });

  it('does not fetch again a history that failed up front', async () => {
    const source = new ControlSource(latest, '2024-01-02', false, new Error('control.topo.json: altered'));
    let fetched = false;
    await source.complete(async () => ((fetched = true), history), facesOf);
    expect(fetched).toBe(false);
    expect(source.error?.message).toBe('control.topo.json: altered');
  });

  it('decodes the faces once the history is in, for the map’s date steps', async () => {
    const source = new ControlSource(latest, '2024-01-02', false);
    await source.complete(async () => history, facesOf);
    expect(
      source.faces?.faces.objects.faces.geometries.map((g) => (g.properties as { on: number[] }).on),
    ).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(source.faces?.index.get('2024-01-02')).toBe(1);
  });

  it('works on without the faces when they fail, saying so on the console', async () => {
    const source = new ControlSource(latest, '2024-01-02', false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await source.complete(
      async () => history,
      () => Promise.reject(new Error('control-faces.topo.json: HTTP 404')),
    );
    expect(source.faces).toBeNull();
    expect(source.history).toBe(history);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('control-faces.topo.json: HTTP 404'));
    warn.mockRestore();
  });
});
