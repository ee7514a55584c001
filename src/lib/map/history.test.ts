import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import type { Feature } from 'geojson';
import { buildFaces } from '../../../data/steps/faces.ts';
import { collection, toTopology } from '../../../data/steps/topology.ts';
import { decodeWindow, faceHistory, lineArcs } from '../data/faces.ts';
import type { ControlTopology, PieceProps } from '../data/types.ts';
import { historyChanges, historyOn, unitKeyed } from './history.ts';
import { band as rect } from '../../../test/fixtures/squares.ts';

// Luhansk's piece sits east of Donetsk's: their shared border is not on the line of control.
const control = toTopology({
  '2024-01-01': collection([rect(36, 36.4), rect(36.4, 37, 'luhansk')]),
  '2024-01-02': collection([rect(36, 36.6), rect(36.6, 37, 'luhansk')]),
  '2024-01-03': collection([rect(36, 36.2), rect(36.4, 37, 'luhansk'), rect(37, 37.2, 'kursk', 'ua')]),
}) as ControlTopology;
const dates = ['2024-01-01', '2024-01-02', '2024-01-03'];
const h = faceHistory(buildFaces(control, dates, 2), control);

/** A multi-line's segments, each as sorted endpoints, so lines merged differently compare equal. */
const segments = (lines: number[][][]) =>
  lines.flatMap((l) => l.slice(1).map((p, i) => [String(l[i]), String(p)].sort().join(' '))).sort();

describe('lineArcs', () => {
  it('picks the arcs topojson’s mesh of Russian-held pieces gives', () => {
    for (const d of dates) {
      const ru = {
        ...control.objects[d],
        geometries: control.objects[d].geometries.filter((g) => (g.properties as PieceProps).s === 'ru'),
      };
      const want = mesh(control, ru, (a, b) => a === b).coordinates;
      const arcs = [...lineArcs(control, d)];
      const got = mesh(control, {
        type: 'GeometryCollection',
        geometries: arcs.map((a) => ({ type: 'LineString', arcs: [a] })),
      }).coordinates;
      expect(segments(got)).toEqual(segments(want));
      expect(arcs.length).toBeGreaterThan(0);
    }
  });
});

describe('historyOn and historyChanges', () => {
  it('switches on the faces held on the date, within its window', () => {
    const w0 = decodeWindow(h, 0);
    const on1 = historyOn(h, w0, '2024-01-01');
    const on2 = historyOn(h, w0, '2024-01-02');
    const held = (on: typeof on1) => [
      ...new Set(w0.faces.features.filter((_, n) => on.faces[n]).map((f) => f.properties.u)),
    ];
    expect(held(on1).sort()).toEqual(['donetsk', 'luhansk']);
    const step = historyChanges(on1, on2);
    expect(step.faces.length).toBeGreaterThan(0);
    expect(step.faces.every((n) => on1.faces[n] !== on2.faces[n])).toBe(true);
    // The line moved: arcs left and joined it.
    expect(step.arcs.some((a) => on1.arcs.has(a) && !on2.arcs.has(a))).toBe(true);
  });

  it('sets every face and arc again on entering a window, which may carry old state', () => {
    const w1 = decodeWindow(h, 1);
    const on3 = historyOn(h, w1, '2024-01-03');
    const all = historyChanges(historyOn(h, decodeWindow(h, 0), '2024-01-02'), on3);
    expect(all.faces).toEqual([...w1.faces.features.keys()]);
    expect(all.arcs).toEqual(w1.arcIds);
    expect(w1.faces.features.map((f) => f.properties.k)).toEqual(
      w1.faces.features.map((f) => f.properties.k).filter((k) => /^f\d+$/.test(k)),
    );
  });
});

describe('unitKeyed', () => {
  it('keys each piece by its unit, so per-unit state reaches every piece', () => {
    const pieces = {
      type: 'FeatureCollection' as const,
      features: [rect(36, 36.4) as Feature<never, PieceProps>],
    };
    expect(unitKeyed(pieces as never).features[0].properties).toEqual({
      u: 'donetsk',
      s: 'ru',
      k: 'donetsk',
    });
  });
});
