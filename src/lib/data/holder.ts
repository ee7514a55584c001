/**
 * Who holds a point on a date, tested on the control topology's arcs rather than on decoded pieces.
 * A point lies inside a piece when a ray from it crosses the piece's rings an odd number of times;
 * the rings are chains of arcs that the dates share, so each arc's crossings are counted once per
 * point and reused by every date that uses the arc. Finding the holders of the power plants then
 * costs a date step a few hundred lookups, where decoding the date's pieces for turf's
 * booleanPointInPolygon took about 2.5 ms. No library tests points against TopoJSON arcs.
 */
import type { Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PieceProps, Status } from './types.ts';
import { forEachArc } from './arcs.ts';

/**
 * Per topology, per point (keyed by its coordinates): whether a ray from the point crosses each arc
 * an odd (1) or even (0) number of times, `UNKNOWN` until counted. Only the parity matters, so a byte
 * per arc will do: 23 KB per point for the history's 23,000 arcs.
 */
const paritiesOf = new WeakMap<Topology, Map<string, Uint8Array>>();
const UNKNOWN = 2;

/** The point in the topology's own coordinates: quantized ones when it has a transform. */
function local(topo: Topology, [x, y]: Position): [number, number] {
  const t = topo.transform;
  return t ? [(x - t.translate[0]) / t.scale[0], (y - t.translate[1]) / t.scale[1]] : [x, y];
}

/** How many edges of arc `arc` a ray from (px, py) towards +x crosses. */
function crossings(topo: Topology, arc: number, px: number, py: number): number {
  const points = topo.arcs[arc];
  const delta = !!topo.transform; // quantized arcs are stored as differences from the previous point
  let count = 0;
  let [ax, ay] = points[0];
  for (let i = 1; i < points.length; i++) {
    const bx = delta ? ax + points[i][0] : points[i][0];
    const by = delta ? ay + points[i][1] : points[i][1];
    if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) count++;
    ax = bx;
    ay = by;
  }
  return count;
}

/**
 * The status of the piece of `unit` in `object` that contains `point`, or null when none does.
 * Pieces are valid polygons (holes inside their shell, polygons of a piece apart), so even-odd over
 * all the rings of a piece is inside-the-shell-and-outside-every-hole.
 */
export function holderAt(
  topo: Topology,
  object: GeometryCollection<PieceProps>,
  point: Position,
  unit: string,
): Status | null {
  let byPoint = paritiesOf.get(topo);
  if (!byPoint) paritiesOf.set(topo, (byPoint = new Map()));
  const key = `${point[0]},${point[1]}`;
  let parities = byPoint.get(key);
  if (!parities) byPoint.set(key, (parities = new Uint8Array(topo.arcs.length).fill(UNKNOWN)));
  const [px, py] = local(topo, point);
  for (const g of object.geometries) {
    const props = g.properties as PieceProps | undefined;
    if (props?.u !== unit) continue;
    let count = 0;
    forEachArc(g, (arc) => {
      if (parities[arc] === UNKNOWN) parities[arc] = crossings(topo, arc, px, py) % 2;
      count += parities[arc];
    });
    if (count % 2 === 1) return props.s;
  }
  return null;
}
