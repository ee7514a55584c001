/**
 * Validity of every areal input geometry (control series, added days, boundaries, outline), so a broken
 * polygon stops the build instead of turning into wrong areas. What is repaired and what is rejected:
 *
 * - Ring orientation is accepted either way, silently: areas are taken as absolute values per ring
 *   (src/lib/geo/area.ts) and pieces.ts rewinds every output ring to RFC 7946, so the winding of an
 *   input never changes a number or a drawing.
 * - A position repeated consecutively is dropped, silently: it is a zero-length edge with no area and
 *   no direction, and says nothing about what the author meant (the 2022 series has 102, in 66 days).
 * - Everything else is rejected, because any repair would be a guess about the author's intent:
 *   an unclosed ring (truncated data looks the same), fewer than 3 distinct corners, a position that
 *   is not a pair of finite numbers or lies outside the expected extent (a typo such as 512.5, or lon and
 *   lat swapped), a ring that crosses itself (a bow-tie: its area is meaningless) or touches one of its
 *   own edges, a spike (an edge folding back onto the previous one), two rings that cross or share a
 *   stretch of boundary, a hole outside its shell or inside another hole, overlapping polygons.
 * - Accepted although OGC calls it invalid: a ring passing twice through one vertex, where its area is
 *   unambiguous (validate-pinch.ts says when); the 2022 series has nine such days.
 * - Rings touching each other at single points are accepted: OGC allows it between a hole and its shell
 *   and between the polygons of a MultiPolygon, and the 2022 series has dozens of such touches.
 * The real inputs pass, and how long the checks take on them is measured, in validate-real.test.ts.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { DataError, snippet } from './errors.ts';
import { findContacts, foldsBack, type FlatRings } from './validate-crossings.ts';
import { checkNesting } from './validate-nesting.ts';
import { checkPinchedRing } from './validate-pinch.ts';

/** A lon/lat box: inputs outside it are an error. */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Where every boundary and control polygon of this project lies, with a wide margin: Ukraine spans
 * lon 22–40.3, lat 44.3–52.4, the Russian border oblasts reach 44.3°E and 54°N. A typo (512.5 for 51.25)
 * or swapped lon/lat lands outside it, and would otherwise stretch the quantisation grid of every output.
 */
export const PROJECT_EXTENT: Extent = { west: 14, south: 38, east: 50, north: 58 };

export interface ArealOptions {
  /** Box all positions must lie in (default PROJECT_EXTENT); null checks only lon −180…180, lat −90…90. */
  extent?: Extent | null;
}

const inBox = (x: number, y: number, e: Extent) => x >= e.west && x <= e.east && y >= e.south && y <= e.north;
const at = (p: Position) => `[${p[0]}, ${p[1]}]`;

/** The common case, tested without allocating: two finite numbers inside lon/lat and `extent`. */
function fine(p: unknown, e: Extent | null): boolean {
  if (!Array.isArray(p) || p.length !== 2) return false;
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number') return false;
  // Comparisons with NaN are false, and Infinity fails the range: both go to positionProblem.
  if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) return false;
  return !e || (x >= e.west && x <= e.east && y >= e.south && y <= e.north);
}

/** What is wrong with one position, if anything. */
function positionProblem(p: unknown, extent: Extent | null): string | null {
  if (!Array.isArray(p) || p.length < 2 || p.some((c) => typeof c !== 'number'))
    return `${snippet(p)} is not a [lon, lat] pair of numbers`;
  const numbers = p as number[];
  // Only JSON.parse of a literal such as 1e999 gives Infinity (readJson reports those first, with the literal).
  if (numbers.some((c) => !Number.isFinite(c)))
    return `${snippet(p)} holds ${numbers.some(Number.isNaN) ? 'NaN' : 'Infinity (a number too large)'}`;
  const [x, y] = numbers;
  if (Math.abs(x) > 180 || Math.abs(y) > 90) return `${at(numbers)} is outside lon −180…180, lat −90…90`;
  if (extent && !inBox(x, y, extent)) {
    const box = `lon ${extent.west}…${extent.east}, lat ${extent.south}…${extent.north}`;
    const swapped = inBox(y, x, extent) ? ' (are lon and lat swapped?)' : '';
    return `${at(numbers)} is outside the expected extent ${box}${swapped}`;
  }
  return null;
}

/** A ring's positions with consecutive repeats dropped, and the input index of each (null: none dropped). */
interface CleanRing {
  positions: Position[];
  source: number[] | null;
}

function cleanRing(
  ring: unknown,
  where: string,
  fail: (m: string) => never,
  extent: Extent | null,
): CleanRing {
  if (!Array.isArray(ring)) fail(`${where}: ${snippet(ring)} is not an array of positions`);
  if (ring.length < 4) fail(`${where}: a ring needs at least 4 positions, this one has ${ring.length}`);
  for (let k = 0; k < ring.length; k++) {
    const p: unknown = ring[k];
    if (fine(p, extent)) continue;
    const problem = positionProblem(p, extent);
    if (problem) fail(`${where} position ${k}: ${problem}`);
  }
  const input = ring as Position[];
  const [first, last] = [input[0], input[input.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1])
    fail(
      `${where}: ring is not closed: position 0 ${at(first)} differs from the last, position ${input.length - 1} ${at(last)}`,
    );
  let repeats = 0;
  for (let k = 1; k < input.length; k++)
    if (input[k][0] === input[k - 1][0] && input[k][1] === input[k - 1][1]) repeats++;
  if (input.length - repeats < 4)
    fail(
      `${where}: ring has only ${input.length - repeats - 1} distinct positions; a ring needs at least 3 corners`,
    );
  if (repeats === 0) return { positions: input, source: null };
  const positions: Position[] = [first];
  const source = [0];
  for (let k = 1; k < input.length; k++) {
    const prev = positions[positions.length - 1];
    if (input[k][0] !== prev[0] || input[k][1] !== prev[1]) {
      positions.push(input[k]);
      source.push(k);
    }
  }
  return { positions, source };
}

/** Polygons as lists of rings: a Polygon is one, a MultiPolygon many. */
function polygonsOf(geometry: Polygon | MultiPolygon, fail: (m: string) => never): unknown[][] {
  const polygons: unknown = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0 || (geometry.type === 'Polygon' && !polygons[0]))
    fail('geometry is empty');
  polygons.forEach((rings: unknown, i) => {
    if (!Array.isArray(rings) || rings.length === 0) fail(`polygon ${i} has no rings`);
  });
  return polygons as unknown[][];
}

/**
 * Checks a Polygon or MultiPolygon is valid (see the top of this module) and returns it with
 * repeated consecutive positions dropped: the same object when it has none, else a copy of the same type.
 * @throws DataError naming the file, the feature, the polygon, the ring, the position and its coordinates
 */
export function validAreal<G extends Polygon | MultiPolygon>(
  geometry: G,
  file: string,
  feature: string,
  { extent = PROJECT_EXTENT }: ArealOptions = {},
): G {
  const fail = (message: string): never => {
    throw new DataError(file, message, feature);
  };
  const polygons = polygonsOf(geometry, fail);
  const names: string[] = [];
  const cleaned: CleanRing[] = [];
  const firstRing: number[] = [];
  polygons.forEach((rings, i) => {
    firstRing.push(cleaned.length);
    rings.forEach((ring, j) => {
      names.push(`polygon ${i} ring ${j}`);
      cleaned.push(cleanRing(ring, `polygon ${i} ring ${j}`, fail, extent));
    });
  });
  firstRing.push(cleaned.length);
  const flat = flatten(cleaned);
  /** The input position index of a flat vertex. */
  const source = (v: number) => {
    const k = v - flat.start[flat.ringOf[v]];
    return cleaned[flat.ringOf[v]].source?.[k] ?? k;
  };
  const name = (v: number) =>
    `${names[flat.ringOf[v]]} position ${source(v)} ${at([flat.xs[v], flat.ys[v]])}`;

  for (let ring = 0; ring < cleaned.length; ring++) {
    const [s, e] = [flat.start[ring], flat.start[ring + 1] - 1];
    for (let v = s; v < e; v++)
      if (foldsBack(flat, v === s ? e - 1 : v - 1, v, v + 1))
        fail(
          `${names[ring]}: the ring folds back on itself at position ${source(v)} ${at(cleaned[ring].positions[v - s])}`,
        );
  }

  // Rings may touch each other at points; a ring may touch itself only at a repeated vertex (a pinch,
  // checked below), never with a vertex in the middle of one of its own edges.
  const pinched = new Set<number>();
  const contacts = findContacts(
    flat,
    (kind, a, b) => {
      if (kind !== 'touch') return true;
      if (flat.ringOf[a] !== flat.ringOf[b]) return false;
      if (!sharesVertex(flat, a, b)) return true;
      pinched.add(flat.ringOf[a]);
      return false;
    },
    20,
  );
  if (contacts.length) {
    const { kind, a, b } = contacts[0];
    const edge = (v: number) =>
      `the edge from ${name(v)} to position ${source(v + 1)} ${at([flat.xs[v + 1], flat.ys[v + 1]])}`;
    const verb = kind === 'cross' ? 'crosses' : kind === 'touch' ? 'touches' : 'runs along';
    const what = flat.ringOf[a] === flat.ringOf[b] ? 'ring intersects itself' : 'rings intersect';
    const more =
      contacts.length > 1 ? ` (and ${contacts.length - 1}${contacts.length === 20 ? '+' : ''} more)` : '';
    fail(`${what}: ${edge(a)} ${verb} ${edge(b)}${more}`);
  }
  for (const ring of pinched) {
    const pinch = checkPinchedRing(flat, ring);
    if (pinch) fail(`${names[ring]}: ${pinch.problem}: ${name(pinch.vertex)}`);
  }
  checkNesting(flat, firstRing, names, name, fail);

  if (cleaned.every((c) => c.source === null)) return geometry;
  let r = 0;
  const coordinates = polygons.map((rings) => rings.map(() => cleaned[r++].positions));
  return { ...geometry, coordinates: geometry.type === 'Polygon' ? coordinates[0] : coordinates };
}

/** Edges a and b end or start at the same position. */
function sharesVertex({ xs, ys }: FlatRings, a: number, b: number): boolean {
  for (const p of [a, a + 1]) for (const q of [b, b + 1]) if (xs[p] === xs[q] && ys[p] === ys[q]) return true;
  return false;
}

function flatten(rings: CleanRing[]): FlatRings {
  const total = rings.reduce((n, r) => n + r.positions.length, 0);
  const flat: FlatRings = {
    xs: new Float64Array(total),
    ys: new Float64Array(total),
    start: new Int32Array(rings.length + 1),
    ringOf: new Int32Array(total),
  };
  let v = 0;
  rings.forEach((r, i) => {
    flat.start[i] = v;
    for (const p of r.positions) {
      flat.xs[v] = p[0];
      flat.ys[v] = p[1];
      flat.ringOf[v++] = i;
    }
  });
  flat.start[rings.length] = v;
  return flat;
}
