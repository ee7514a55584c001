/**
 * A quantised TopoJSON topology with its arcs as varints instead of JSON numbers: the base map's
 * regions.bin and context.bin. JSON spends a comma, a sign and up to four digits on each delta that
 * is mostly one byte as a zigzag varint; gzipped, the arcs shrink by a fifth, and decoding gives back
 * the very Topology the pipeline encoded, which topojson-client reads as before.
 *
 * Layout (see varint.ts for varint and zigzag):
 *   "TTB1"                     magic and format version
 *   varint n, then n bytes     the topology without its arcs, as UTF-8 JSON (it must have a transform)
 *   varint arcs                arc count, then per arc: varint point count, and per point zigzag
 *                              dx, dy (TopoJSON's own delta-encoded positions, first one absolute)
 */
import type { Topology } from 'topojson-specification';
import { VarintReader, VarintWriter } from './varint.ts';

export const TOPOLOGY_MAGIC = 'TTB1';

/** Bytes that are not a topology in this format; the message says what was wrong. */
export class TopologyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TopologyFormatError';
  }
}

export function encodeTopology(topo: Topology): Uint8Array {
  if (!topo.transform) throw new TopologyFormatError('the topology is not quantised (no transform)');
  const w = new VarintWriter();
  w.raw(new TextEncoder().encode(TOPOLOGY_MAGIC));
  const header = new TextEncoder().encode(JSON.stringify({ ...topo, arcs: undefined }));
  w.uint(header.length);
  w.raw(header);
  w.uint(topo.arcs.length);
  for (const arc of topo.arcs) {
    w.uint(arc.length);
    for (const [dx, dy] of arc) {
      if (!Number.isInteger(dx) || !Number.isInteger(dy))
        throw new TopologyFormatError(`an arc position is not an integer: [${dx}, ${dy}]`);
      w.int(dx);
      w.int(dy);
    }
  }
  return w.result();
}

export function decodeTopology<T extends Topology = Topology>(bytes: Uint8Array): T {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic !== TOPOLOGY_MAGIC)
    throw new TopologyFormatError(
      `it does not start with ${TOPOLOGY_MAGIC} (found ${JSON.stringify(magic)})`,
    );
  const r = new VarintReader(bytes);
  r.pos = 4;
  try {
    const header = JSON.parse(new TextDecoder().decode(r.raw(r.uint()))) as Omit<T, 'arcs'>;
    if (typeof header !== 'object' || header === null || !('objects' in header))
      throw new TopologyFormatError('its header is not a topology');
    const arcs: [number, number][][] = new Array(r.uint());
    for (let i = 0; i < arcs.length; i++) {
      const arc: [number, number][] = new Array(r.uint());
      for (let j = 0; j < arc.length; j++) arc[j] = [r.int(), r.int()];
      arcs[i] = arc;
    }
    if (!r.done) throw new TopologyFormatError('bytes follow the last arc');
    return { ...header, arcs } as unknown as T;
  } catch (err) {
    if (err instanceof TopologyFormatError) throw err;
    if (err instanceof RangeError || err instanceof SyntaxError)
      throw new TopologyFormatError(`it is damaged (${err.message})`);
    throw err;
  }
}
