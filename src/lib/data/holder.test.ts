import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { holderAt } from './holder.ts';
import type { PieceProps, Status } from './types.ts';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** A star-shaped ring around (cx, cy): never self-intersecting, and with many concave corners. */
function star(rnd: () => number, cx: number, cy: number, r: number, n: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const d = r * (0.4 + 0.6 * rnd());
    ring.push([cx + d * Math.cos(a), cy + d * Math.sin(a)]);
  }
  return [...ring, ring[0]];
}

/** Three units side by side, each with a piece of two polygons, one of them holed. */
function pieces(rnd: () => number): FeatureCollection<MultiPolygon, PieceProps> {
  const statuses: Status[] = ['ru', 'contested', 'ua'];
  return {
    type: 'FeatureCollection',
    features: ['a', 'b', 'c'].map((u, k) => {
      const shell = star(rnd, 3 * k + 1, 1, 1, 24);
      const hole = star(rnd, 3 * k + 1, 1, 0.3, 8).reverse();
      return {
        type: 'Feature',
        properties: { u, s: statuses[k] },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[shell, hole], [star(rnd, 3 * k + 1, 2.6, 0.4, 12)]],
        },
      };
    }),
  };
}

/** turf's answer on the decoded pieces: the reference the arc test must match. */
function turfHolder(fc: FeatureCollection<Polygon | MultiPolygon, PieceProps>, p: Position, unit: string) {
  const hit = fc.features.find(
    (f: Feature<Polygon | MultiPolygon, PieceProps>) =>
      f.properties.u === unit && booleanPointInPolygon(p, f),
  );
  return hit ? hit.properties.s : null;
}

describe('holderAt', () => {
  for (const [name, quantized] of [
    ['plain', false],
    ['quantized, delta-encoded', true],
  ] as const)
    it(`agrees with turf on random points, ${name} arcs`, () => {
      const rnd = random(quantized ? 7 : 11);
      const fc = pieces(rnd);
      let topo = topology({ d: fc }) as unknown as Topology<{ d: GeometryCollection<PieceProps> }>;
      if (quantized) topo = quantize(topo, 1e5) as typeof topo;
      const decoded = feature(topo, topo.objects.d) as FeatureCollection<MultiPolygon, PieceProps>;
      let inside = 0;
      for (let i = 0; i < 3000; i++) {
        const p = [rnd() * 9, rnd() * 3.2];
        const unit = ['a', 'b', 'c'][Math.floor(p[0] / 3)];
        const want = turfHolder(decoded, p, unit);
        if (want) inside++;
        expect(holderAt(topo, topo.objects.d, p, unit), `${p} in ${unit}`).toBe(want);
      }
      expect(inside).toBeGreaterThan(300); // the points test both sides, not only the outside
    });

  it('looks only at the pieces of the unit asked for', () => {
    const fc = pieces(random(3));
    const topo = topology({ d: fc }) as unknown as Topology<{ d: GeometryCollection<PieceProps> }>;
    expect(holderAt(topo, topo.objects.d, [1, 2.6], 'a')).toBe('ru');
    expect(holderAt(topo, topo.objects.d, [1, 2.6], 'b')).toBeNull();
  });
});
