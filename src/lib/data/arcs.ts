/** Walking the arcs of a TopoJSON geometry, as the line of control and the plant holders both do. */
import type { GeometryObject } from 'topojson-specification';

/** Calls `visit` with the index of every arc of `g`'s rings, in order; a reversed arc's too. */
export function forEachArc(g: GeometryObject, visit: (arc: number) => void): void {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  for (const rings of polygons) for (const ring of rings) for (const ref of ring) visit(ref < 0 ? ~ref : ref);
}
