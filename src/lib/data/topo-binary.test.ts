import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { decodeTopology, encodeTopology, TopologyFormatError } from './topo-binary.ts';
import { squareFeature } from '../../../test/fixtures/squares.ts';

const square = (x: number, y: number, id: string) => squareFeature(x, y, { id, name: `Ділянка ${id}` });
const squares: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [square(30, 47, 'a'), square(31, 47, 'b'), square(30.5, 48, 'c')],
};
const topo = topology({ squares }, 1e4) as Topology;

describe('topology as varints', () => {
  it('gives back the very topology it encoded, and the same features', () => {
    const back = decodeTopology(encodeTopology(topo));
    expect(back).toEqual(JSON.parse(JSON.stringify(topo)));
    expect(feature(back, back.objects.squares)).toEqual(feature(topo, topo.objects.squares));
  });

  it('is smaller than the JSON', () => {
    expect(encodeTopology(topo).length).toBeLessThan(JSON.stringify(topo).length);
  });

  it('refuses an unquantised topology and non-integer positions', () => {
    const raw = topology({ squares }) as Topology;
    expect(() => encodeTopology(raw)).toThrow(/not quantised/);
    const odd = { ...topo, arcs: [[[0.5, 1]]] } as Topology;
    expect(() => encodeTopology(odd)).toThrow(/not an integer: \[0.5, 1\]/);
  });

  it('names what is wrong with damaged bytes', () => {
    const bytes = encodeTopology(topo);
    expect(() => decodeTopology(new TextEncoder().encode('{"type":"Topology"}'))).toThrow(
      new TopologyFormatError('it does not start with TTB1 (found "{\\"ty")'),
    );
    expect(() => decodeTopology(bytes.subarray(0, bytes.length - 3))).toThrow(
      /damaged \(unexpected end of data\)/,
    );
    expect(() => decodeTopology(new Uint8Array([...bytes, 0]))).toThrow(/bytes follow the last arc/);
    const header = bytes.slice();
    header[6] = 0x5d; // the JSON header's opening brace becomes ']'
    expect(() => decodeTopology(header)).toThrow(TopologyFormatError);
  });
});
