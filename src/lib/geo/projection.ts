/**
 * A small Web Mercator projection fitted to a box, and GeoJSON → SVG path strings, for the static
 * picture shown when WebGL is unavailable. Mercator so that it looks like the WebGL map it replaces.
 */
import type { Geometry, Position } from 'geojson';

/** Lon/lat → pixel. */
export type Project = (p: Position) => [number, number];

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * A Mercator projection that fits `bbox` into a `width`×`height` box, centred, keeping the aspect.
 * North is up: y grows downwards as in SVG.
 */
export function fitMercator(bbox: BBox, width: number, height: number): Project {
  const [w, s, e, n] = bbox;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  const dx = (width - k * (x1 - x0)) / 2;
  const dy = (height - k * (y1 - y0)) / 2;
  return ([lon, lat]) => [dx + k * ((lon * Math.PI) / 180 - x0), dy + k * (y1 - mercY(lat))];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

function ring(points: Position[], project: Project, close: boolean): string {
  let d = '';
  let last = '';
  for (const p of points) {
    const [x, y] = project(p);
    const xy = `${r1(x)},${r1(y)}`;
    // At this scale many source vertices fall on the same tenth of a pixel; skip the repeats.
    if (xy === last) continue;
    d += (d ? 'L' : 'M') + xy;
    last = xy;
  }
  return close && d ? `${d}Z` : d;
}

/** SVG path data of any GeoJSON geometry (polygons closed, lines open, points skipped). */
export function pathData(geometry: Geometry | null, project: Project): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, project, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map((r) => ring(r, project, true))).join('');
    case 'LineString':
      return ring(geometry.coordinates, project, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, project, false)).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathData(g, project)).join('');
    default:
      return '';
  }
}
