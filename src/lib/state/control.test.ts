/** ControlSource's behaviour; its reactivity is Svelte's (the e2e tests watch the history arrive). */
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { ControlSource } from './control.svelte.ts';
import type { ControlTopology, PieceProps } from '../data/types.ts';

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
const history = topology({ '2024-01-01': fc(0), '2024-01-02': fc(3) }) as unknown as ControlTopology;
const latest = topology({ '2024-01-02': fc(3) }) as unknown as ControlTopology;

describe('ControlSource', () => {
  it('stands in the latest date for others until the history arrives, then decodes them', async () => {
    const source = new ControlSource(latest, '2024-01-02', false);
    expect(source.on('2024-01-01')).toBe(source.latest);
    await source.complete(async () => history);
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
    await source.complete(() => Promise.reject(new Error('control.topo.json: HTTP 503')));
    expect(source.error?.message).toBe('control.topo.json: HTTP 503');
    expect(source.on('2024-01-01')).toBe(source.latest);
  });

  it('does not fetch again a history that failed up front', async () => {
    const source = new ControlSource(latest, '2024-01-02', false, new Error('control.topo.json: altered'));
    let fetched = false;
    await source.complete(async () => ((fetched = true), history));
    expect(fetched).toBe(false);
    expect(source.error?.message).toBe('control.topo.json: altered');
  });
});
