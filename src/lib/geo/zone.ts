/**
 * A demilitarised strip along the line of contact: the boundary between Russian- and Ukrainian-held
 * land inside Ukraine (not the coast, not the border with Russia or Belarus), widened by N km and cut
 * to Ukraine's units, measured per unit on each side of the line with the same ellipsoidal area as
 * every other figure. Runs in a Web Worker (zone.worker.ts), cached per date and width.
 *
 * The widening is done as Turf's buffer does it, in an azimuthal equidistant projection centred on
 * the line (d3-geo; distances from the centre are exact, and across a 1,200 km front widths stay
 * within 0.2 %), but with Clipper's offset and cuts on integer coordinates rather than JSTS: Turf's
 * buffer took 14 s on the real front, Clipper a fraction of a second, and martinez throws on it.
 */
import ClipperLib from 'clipper-lib';
import { geoAzimuthalEquidistant, type GeoProjection } from 'd3-geo';
import simplify from '@turf/simplify';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { geometryAreaKm2 } from './area.ts';
import { chainLines } from './lines.ts';

/** Which side of the line the strip takes: both, only the Ukraine-held side, or only the Russian-held side. */
export type ZoneSides = 'both' | 'ua' | 'ru';

type Areal = Polygon | MultiPolygon;
type Rings = Position[][][];

/** Projected units per metre: decimetres, so Clipper's integers lose nothing that matters. */
const UNIT = 10;
/** How far the rounding of the strip's ends and bends may stray, as a share of its width. */
const ROUNDING = 0.002;
/** How far the line may be simplified before widening, as a share of the width (degrees per km). */
const SIMPLIFY_DEG_PER_KM = 0.0001;
const WGS84_A = 6_378_137;
const WGS84_E2 = 0.00669437999014;

/**
 * The sphere the projection uses, fitted to the ellipsoid where the line is: the geometric mean of
 * its radii of curvature there, so a width in kilometres is within 0.2 % of the same width measured
 * on the ellipsoid, whichever way the line runs (a mean Earth radius is 0.3 % off at 48° N).
 */
function localRadius(lat: number): number {
  const w = 1 - WGS84_E2 * Math.sin((lat * Math.PI) / 180) ** 2;
  const meridian = (WGS84_A * (1 - WGS84_E2)) / w ** 1.5;
  const primeVertical = WGS84_A / Math.sqrt(w);
  return Math.sqrt(meridian * primeVertical);
}

const polygonsOf = (g: Areal): Rings => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * The line of contact: the parts of the line of control (the outline of Russian-held land) that are
 * not on Ukraine's outline. A segment is dropped when both its ends and its middle are on the outline.
 * `isOn` comes from `onOutline(outline)`, which a caller working on many dates builds once.
 */
export function lineOfContact(line: MultiLineString, isOn: (p: Position) => boolean): MultiLineString {
  const runs: Position[][] = [];
  for (const part of line.coordinates) {
    let run: Position[] = [];
    const on = part.map(isOn);
    for (let i = 0; i + 1 < part.length; i++) {
      const mid: Position = [(part[i][0] + part[i + 1][0]) / 2, (part[i][1] + part[i + 1][1]) / 2];
      if (on[i] && on[i + 1] && isOn(mid)) {
        if (run.length > 1) runs.push(run);
        run = [];
        continue;
      }
      if (!run.length) run.push(part[i]);
      run.push(part[i + 1]);
    }
    if (run.length > 1) runs.push(run);
  }
  return { type: 'MultiLineString', coordinates: chainLines(runs) };
}

/** A plane for Clipper: the projection, and rings to and from its integer coordinates. */
function plane(centre: Position) {
  const p: GeoProjection = geoAzimuthalEquidistant()
    .rotate([-centre[0], -centre[1]])
    .scale(localRadius(centre[1]) * UNIT)
    .translate([0, 0])
    .precision(0);
  const to = (ring: Position[]): ClipperLib.Path =>
    ring.map((q) => {
      const [x, y] = p(q as [number, number])!;
      return { X: Math.round(x), Y: -Math.round(y) };
    });
  const from = (path: ClipperLib.Path): Position[] => {
    const ring = path.map(({ X, Y }) => p.invert!([X, -Y])! as Position);
    return [...ring, ring[0]];
  };
  const paths = (rings: Rings): ClipperLib.Paths =>
    rings.flatMap((polygon) => polygon.map((r) => to(r.slice(0, -1))));
  return { to, from, paths };
}

/** A Clipper operation on two sets of paths, as polygons back in lon/lat (outer ring first, then holes). */
function cut(
  type: ClipperLib.ClipType,
  a: ClipperLib.Paths,
  b: ClipperLib.Paths,
  back: (p: ClipperLib.Path) => Position[],
): Rings {
  const c = new ClipperLib.Clipper();
  c.AddPaths(a, ClipperLib.PolyType.ptSubject, true);
  c.AddPaths(b, ClipperLib.PolyType.ptClip, true);
  const tree = new ClipperLib.PolyTree();
  const nonZero = ClipperLib.PolyFillType.pftNonZero;
  c.Execute(type, tree, nonZero, nonZero);
  return ClipperLib.JS.PolyTreeToExPolygons(tree).map((e) => [back(e.outer), ...e.holes.map(back)]);
}

const km2 = (rings: Rings) =>
  rings.length ? geometryAreaKm2({ type: 'MultiPolygon', coordinates: rings }) : 0;

/** A unit to measure the strip in: its id and its land. */
export interface ZoneUnit {
  id: string;
  geometry: Areal;
}

export interface ZoneInput {
  /** The line of contact on the date (lineOfContact). */
  contact: MultiLineString;
  /** The units to measure in (Ukraine's, or those the terms limit the strip to). */
  units: ZoneUnit[];
  /** Russian-held land of each unit on the date. */
  russianHeld: Record<string, Areal | undefined>;
  km: number;
  sides: ZoneSides;
}

export interface Zone {
  /** Per unit, km² of the strip on the Russian-held and on the Ukraine-held side of the line. */
  units: Record<string, { ru: number; ua: number }>;
  /** The strip (the sides asked for), for drawing and for placing settlements. */
  geometry: MultiPolygon;
}

/** The strip of `km` on the chosen sides of the line of contact, per unit. */
export function computeZone({ contact, units, russianHeld, km, sides }: ZoneInput): Zone {
  const out: Zone = { units: {}, geometry: { type: 'MultiPolygon', coordinates: [] } };
  if (!contact.coordinates.length) return out;
  const line = simplify(
    { type: 'Feature', properties: {}, geometry: contact },
    { tolerance: km * SIMPLIFY_DEG_PER_KM },
  ).geometry;
  const points = line.coordinates.flat();
  const centre = [0, 1].map((k) => points.reduce((s, q) => s + q[k], 0) / points.length);
  const { to, from, paths } = plane(centre);
  const width = km * 1000 * UNIT;
  const offset = new ClipperLib.ClipperOffset(2, width * ROUNDING);
  offset.AddPaths(
    line.coordinates.map((l) => to(l)),
    ClipperLib.JoinType.jtRound,
    ClipperLib.EndType.etOpenRound,
  );
  const strip: ClipperLib.Paths = [];
  offset.Execute(strip, width);
  const { ctIntersection, ctDifference } = ClipperLib.ClipType;
  for (const unit of units) {
    const unitPaths = paths(polygonsOf(unit.geometry));
    const inUnit = cut(ctIntersection, strip, unitPaths, from);
    if (!inUnit.length) continue;
    const held = russianHeld[unit.id];
    const heldPaths = held ? paths(polygonsOf(held)) : [];
    const inUnitPaths = paths(inUnit);
    const ru = heldPaths.length ? cut(ctIntersection, inUnitPaths, heldPaths, from) : [];
    const ua = heldPaths.length ? cut(ctDifference, inUnitPaths, heldPaths, from) : inUnit;
    const kept = sides === 'both' ? inUnit : sides === 'ru' ? ru : ua;
    if (!kept.length) continue;
    out.units[unit.id] = { ru: sides === 'ua' ? 0 : km2(ru), ua: sides === 'ru' ? 0 : km2(ua) };
    out.geometry.coordinates.push(...kept);
  }
  return out;
}

/** A settlement as the zone needs it: its GeoNames id and where it stands. */
export interface ZonePoint {
  id: number;
  lon: number;
  lat: number;
}

/** Whether p is inside a ring (even-odd ray cast; a point on the edge may go either way). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The ids of the points inside a multipolygon (holes excepted). Each polygon's bounding box is
 * checked first: the strip is long and thin, so most settlements fall outside every box.
 */
export function pointsInside(geometry: MultiPolygon, points: readonly ZonePoint[]): number[] {
  const polygons = geometry.coordinates.map((rings) => {
    const xs = rings[0].map((q) => q[0]);
    const ys = rings[0].map((q) => q[1]);
    return { rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
  const ids: number[] = [];
  for (const p of points) {
    const at: Position = [p.lon, p.lat];
    const hit = polygons.some(
      ({ rings, box }) =>
        p.lon >= box[0] &&
        p.lat >= box[1] &&
        p.lon <= box[2] &&
        p.lat <= box[3] &&
        inRing(at, rings[0]) &&
        !rings.slice(1).some((hole) => inRing(at, hole)),
    );
    if (hit) ids.push(p.id);
  }
  return ids;
}
