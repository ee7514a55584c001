/**
 * Cuts a control polygon into pieces, one per administrative unit, with each piece's geodesic area.
 *
 * Clipping uses martinez-polygon-clipping rather than Turf's polyclip-ts: on these front-line
 * polygons (~3,000 vertices against 27 units) polyclip-ts took ~2.4 s per date and martinez ~0.08 s,
 * which is the difference between a 1-hour and a 2-minute pipeline over ~1,600 dates. The front
 * moves in one or two oblasts at a time, so most of a day's pieces are the same as on an earlier day:
 * the control is cut to a box around each unit (Turf's bboxClip, a few microseconds) only to tell
 * whether that part has been cut before. Martinez itself gets the uncut polygons: Sutherland–Hodgman
 * clipping leaves zero-width edges along the box where a polygon wraps around it, which martinez
 * misreads (on 2022-07-03 it filled most of Dnipropetrovsk).
 */
import crypto from 'node:crypto';
import * as martinez from 'martinez-polygon-clipping';
import bboxClip from '@turf/bbox-clip';
import type { BBox, MultiPolygon, Position } from 'geojson';
import { polygonAreaM2 } from '../../src/lib/geo/area.ts';
import type { UnitFeature } from './units.ts';
import { memoGeodesic } from './geodesic-memo.ts';

/** Polygons smaller than this (km²) are slivers left where two sources' borders differ; they are dropped. */
export const SLIVER_KM2 = 0.01;

export interface Cutter {
  id: string;
  bbox: BBox;
  coords: Position[][][];
}

/** Pieces already cut, by unit and the hash of the part of the control in its box. */
export type CutCache = Map<string, Piece | null>;

/** How far the box a unit's part is cut to reaches past the unit (degrees), so the cut's edges miss it. */
const BOX_MARGIN = 0.01;

export interface Piece {
  /** Unit id. */
  u: string;
  geometry: MultiPolygon;
  km2: number;
}

function bboxOf(polygons: Position[][][]): BBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons)
    for (const [x, y] of p[0]) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  return [x0, y0, x1, y1];
}

/** Pieces share most of their edges with the day's control, with their unit and with earlier pieces. */
export const geod = memoGeodesic();

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Prepares units for repeated cutting (bounding boxes computed once). */
export function prepareUnits(units: UnitFeature[]): Cutter[] {
  return units.map((u) => {
    const coords = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
    return { id: u.properties.id, bbox: bboxOf(coords), coords };
  });
}

/** Signed shoelace area in degrees², enough to tell a ring's winding. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++)
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** RFC 7946 winding (outer rings counter-clockwise, holes clockwise), which MapLibre relies on. */
function rewind(polygon: Position[][]): Position[][] {
  return polygon.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? ring : ring.slice().reverse()));
}

/**
 * Intersects the control geometry with every unit it touches.
 * @returns one piece per unit with land inside it, slivers dropped, areas in km²
 */
export function cut(control: MultiPolygon, units: Cutter[], cache: CutCache = new Map()): Piece[] {
  const parts = control.coordinates.map((p) => ({ p, bbox: bboxOf([p]) }));
  const pieces: Piece[] = [];
  for (const unit of units) {
    const touching = parts.filter((part) => overlaps(part.bbox, unit.bbox)).map((part) => part.p);
    if (touching.length === 0) continue;
    const [x0, y0, x1, y1] = unit.bbox;
    const box: BBox = [x0 - BOX_MARGIN, y0 - BOX_MARGIN, x1 + BOX_MARGIN, y1 + BOX_MARGIN];
    const inBox = clipToBox(touching, box);
    if (inBox.length === 0) continue;
    const key = `${unit.id}|${crypto
      .createHash('sha1')
      .update(Float64Array.from(inBox.flat(3)))
      .digest('hex')}`;
    if (cache.has(key)) {
      const piece = cache.get(key);
      if (piece) pieces.push(piece);
      continue;
    }
    const piece = cutOne(touching, unit);
    cache.set(key, piece);
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/**
 * Polygons cut to a box, ring by ring: a polygon whose outer ring leaves nothing in the box is
 * dropped whole (bboxClip on a MultiPolygon would promote its first remaining hole to an outer ring).
 */
function clipToBox(polygons: Position[][][], box: BBox): Position[][][] {
  const clip = (ring: Position[]) =>
    (bboxClip({ type: 'Polygon', coordinates: [ring] }, box).geometry.coordinates[0] ?? []) as Position[];
  const out: Position[][][] = [];
  for (const [outer, ...holes] of polygons) {
    const shell = clip(outer);
    if (shell.length < 4) continue;
    out.push([shell, ...holes.map(clip).filter((h) => h.length >= 4)]);
  }
  return out;
}

/** The part of the control inside the unit, or null for none. */
function cutOne(part: Position[][][], unit: Cutter): Piece | null {
  const result = martinez.intersection(part as martinez.MultiPolygon, unit.coords as martinez.MultiPolygon);
  if (!result || result.length === 0) return null;
  const polygons = (typeof result[0][0][0] === 'number' ? [result] : result) as Position[][][];
  let km2 = 0;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const a = polygonAreaM2(polygon, geod) / 1e6;
    if (a < SLIVER_KM2) continue;
    km2 += a;
    kept.push(rewind(polygon));
  }
  return kept.length ? { u: unit.id, geometry: { type: 'MultiPolygon', coordinates: kept }, km2 } : null;
}
