import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import area from '@turf/area';
import type { Feature, Geometry } from 'geojson';
import { buildFaces, spansOf } from './faces.ts';
import { collection, toTopology } from './topology.ts';
import type { ControlTopology, FaceProps, FacesTopology } from '../../src/lib/data/types.ts';
import { band as rect } from '../../test/fixtures/squares.ts';

// Held land grows east, shrinks back west of 36.2, then returns to the second day's line.
const dates = ['d0', 'd1', 'd2', 'd3'];
const control = toTopology({
  d0: collection([rect(36, 36.4)]),
  d1: collection([rect(36, 36.6)]),
  d2: collection([rect(36, 36.2)]),
  d3: collection([rect(36, 36.6), rect(37, 37.2, 'kursk', 'ua')]),
}) as ControlTopology;

const faces = buildFaces(control, dates) as FacesTopology;
const fc = feature(faces, faces.objects.faces);
const km2 = (f: Feature<Geometry, FaceProps>) => area(f) / 1e6;
const on = (f: { properties: FaceProps }, i: number) =>
  f.properties.on.some((x, k) => k % 2 === 0 && x <= i && i < f.properties.on[k + 1]);

describe('spansOf', () => {
  it('gives the runs of dates whose version is in the set, end exclusive', () => {
    expect(spansOf([0, 0, 1, -1, 0, 2], new Set([0]))).toEqual([0, 2, 4, 5]);
    expect(spansOf([1, 1], new Set([1]))).toEqual([0, 2]);
    expect(spansOf([-1, -1], new Set([0]))).toEqual([]);
  });
});

describe('buildFaces', () => {
  it('cuts the history where the line moved, each face with the dates it is held', () => {
    const ru = fc.features.filter((f) => f.properties.s === 'ru');
    const spans = ru.map((f) => f.properties.on.join(',')).sort();
    // West of 36.2: every day. 36.2–36.4: all but d2. 36.4–36.6: d1 and d3.
    expect(spans).toEqual(['0,2,3,4', '0,4', '1,2,3,4']);
  });

  it('gives, on every date, faces whose area is that date’s held area', () => {
    const source = dates.map((d) => feature(control, control.objects[d]).features);
    dates.forEach((_, i) => {
      for (const s of ['ru', 'ua']) {
        const want = source[i]
          .filter((f) => f.properties?.s === s)
          .reduce((sum, f) => sum + area(f) / 1e6, 0);
        const got = fc.features
          .filter((f) => f.properties.s === s && on(f, i))
          .reduce((sum, f) => sum + km2(f), 0);
        expect(got).toBeCloseTo(want, 1);
      }
    });
  });

  it('keeps the unit and status, and the control topology’s grid', () => {
    expect(fc.features.find((f) => f.properties.s === 'ua')?.properties).toMatchObject({
      u: 'kursk',
      on: [3, 4],
    });
    expect(faces.transform).toEqual(control.transform);
  });

  it('overlays window by window, spans still counted from the first date', () => {
    const windowed = buildFaces(control, dates, 2);
    const byWindow = windowed.objects.faces.geometries.map((g) => {
      const p = g.properties as FaceProps;
      return `${p.w}:${p.s}:${p.on.join(',')}`;
    });
    // Window 0 (d0, d1): west of 36.4 both days, 36.4–36.6 on d1. Window 1 (d2, d3): west of 36.2
    // both days, 36.2–36.6 on d3, and the Kursk piece on d3.
    expect(byWindow.sort()).toEqual(['0:ru:0,2', '0:ru:1,2', '1:ru:2,4', '1:ru:3,4', '1:ua:3,4']);
    expect(windowed.windowDays).toBe(2);
  });

  it('needs the integer grid of a quantised topology', () => {
    const { transform: _t, ...plain } = control;
    expect(() => buildFaces(plain as ControlTopology, dates)).toThrow(/not quantised/);
  });

  it('names a date the topology lacks', () => {
    expect(() => buildFaces(control, ['d0', 'd9'])).toThrow(/d9/);
  });
});
