/** The history's faces end to end on hand-checkable days: a front that moves, then comes back. */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { ControlHistory } from '../../src/lib/data/history.ts';
import { decodeHistory } from '../../src/lib/data/history-format.ts';
import { encodeHistory } from '../../src/lib/data/history-encode.ts';
import { historyOf, piece, TEST_GRID } from '../../test/fixtures/history.ts';
import { unitSquare } from '../../test/fixtures/squares.ts';
import { groupTable, historyLayers } from './layers.ts';
import { extendHistory, latestHistory } from './build.ts';
import { heldAt } from './points.ts';
import { extendByChanges } from './changes.ts';

/** Donetsk-held land over longitudes 0..x between latitudes 0 and 1. */
const band = (x: number) =>
  piece('donetsk', 'ru', {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [x, 0],
        [x, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  });
// Day 0: the band to x = 1; day 1: to 2; day 2: back to 1, with Kursk held by Ukraine; day 3: to 1.5.
const DAYS = [[band(1)], [band(2)], [band(1), piece('kursk', 'ua', unitSquare(5, 5))], [band(1.5)]];
const at = (x: number, y: number): Position => [x, y];
const probes = [at(0.5, 0.5), at(1.25, 0.5), at(1.75, 0.5), at(5.5, 5.5), at(3, 3)];

/** Status codes of the probes on every date, as the page reads them. */
function codes(h: ControlHistory): number[][] {
  return Array.from({ length: h.dates }, (_, i) => {
    const pieces = h.pieces(i).features;
    return probes.map(([x, y]) => {
      const f = pieces.find((p) =>
        p.geometry.coordinates.some((poly) => {
          const xs = poly[0].map((q) => q[0]);
          const ys = poly[0].map((q) => q[1]);
          return x > Math.min(...xs) && x < Math.max(...xs) && y > Math.min(...ys) && y < Math.max(...ys);
        }),
      );
      return f ? ['ru', 'ua', 'contested'].indexOf(f.properties.s) + 1 : 0;
    });
  });
}

const EXPECTED = [
  [1, 0, 0, 0, 0],
  [1, 1, 1, 0, 0],
  [1, 0, 0, 2, 0],
  [1, 1, 0, 0, 0],
];

describe('history faces', () => {
  const data = historyOf(DAYS);
  const history = new ControlHistory(data);

  it('shows each date as it was drawn', () => {
    expect(codes(history)).toEqual(EXPECTED);
  });

  it('splits the band into faces by when they are held, each once', () => {
    // 0..1 always; 1..1.5 on days 1 and 3; 1.5..2 on day 1; Kursk's square on day 2.
    const spans = data.faces
      .map((f) => f.held.map((h) => `${data.groups[h.g].u}:${h.spans.join(',')}`))
      .flat();
    expect(spans.sort()).toEqual(['donetsk:0,4', 'donetsk:1,2', 'donetsk:1,2,3,4', 'kursk:2,3']);
  });

  it('puts the line of control where held land meets land that is not, and moves it with the front', () => {
    const xsOn = (i: number) =>
      [
        ...new Set(
          history.line(i).geometry.coordinates.flatMap((l) => l.map((p) => Math.round(p[0] * 10) / 10)),
        ),
      ].sort();
    expect(xsOn(0)).toEqual([0, 1]);
    expect(xsOn(1)).toEqual([0, 1, 1.5, 2]);
    expect(xsOn(3)).toEqual([0, 1, 1.5]);
  });

  it('stores and reads back exactly', () => {
    const back = decodeHistory(encodeHistory(data));
    expect(codes(new ControlHistory(back))).toEqual(EXPECTED);
    expect(back.grid).toEqual(TEST_GRID);
    expect([back.dates, back.firstDate]).toEqual([4, '2024-01-01']);
  });

  it('extended by a day, shows the same as a history built with that day from the start', () => {
    const groups = groupTable(data.groups);
    const first3 = historyOf(DAYS.slice(0, 3));
    const extended = extendHistory(
      first3,
      1,
      groupTable(first3.groups),
      historyLayers(1, 3, () => DAYS[3], TEST_GRID, groups),
    );
    expect(codes(new ControlHistory(extended))).toEqual(EXPECTED);
  });

  it('extended by what a day gains and loses against the latest, shows the same, and a repeated day adds no face', () => {
    const first3 = historyOf(DAYS.slice(0, 3));
    const latest = latestHistory(first3, groupTable(first3.groups), DAYS[2]);
    const { history: extended, latest: newest } = extendByChanges(first3, latest, 0, [DAYS[3]]);
    expect(codes(new ControlHistory(extended))).toEqual(EXPECTED);
    expect(codes(new ControlHistory(newest))[3]).toEqual(EXPECTED[3]);
    const repeated = extendByChanges(extended, newest, 1, [DAYS[3]]);
    expect(repeated.history.faces).toHaveLength(extended.faces.length);
    expect(codes(new ControlHistory(repeated.history)).slice(3)).toEqual([
      EXPECTED[3],
      EXPECTED[3],
      EXPECTED[3],
    ]);
  });

  it('keeps the latest date alone, as one piece per unit and status', () => {
    const latest = new ControlHistory(latestHistory(data, groupTable(data.groups), DAYS[3]));
    expect(codes(latest)[3]).toEqual(EXPECTED[3]);
    expect(latest.pieces(3).features).toHaveLength(1);
    expect(latest.faces.features.length).toBeLessThan(history.faces.features.length);
  });

  it('knows who held a point on every date without the faces', () => {
    const held = heldAt(data, probes);
    expect(held[0]).toEqual({ ru: [0, 4] });
    expect(held[1]).toEqual({ ru: [1, 2, 3, 4] });
    expect(held[3]).toEqual({ ua: [2, 3] });
    expect(held[4]).toEqual({});
  });
});
