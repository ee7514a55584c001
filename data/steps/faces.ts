/**
 * The control history as faces: the pieces of every date in a window of `WINDOW_DAYS` days overlaid
 * into smaller pieces ("faces"), each of which is wholly in or wholly out of its unit's pieces of one
 * status on any date of the window, with the spans of dates it is in. The map draws a window's faces
 * once and shows a date by switching faces on and off with feature state: a repaint, where handing
 * MapLibre a date's polygons makes it re-tile them (0.5 s here). Windows keep what is drawn near one
 * date's size: the faces of the whole history at once took 0.4 s a frame under software rendering.
 *
 * The overlay runs on the topology's integer grid with Clipper (clipper-lib), which completes on every
 * day of this history; martinez and polyclip-ts both throw "Unable to complete output ring" on it.
 */
import ClipperLib from 'clipper-lib';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { ControlTopology, FaceProps, FacesTopology } from '../../src/lib/data/types.ts';
import { toTopology } from './topology.ts';

type Path = ClipperLib.Path;
type Paths = ClipperLib.Paths;
type Box = [number, number, number, number];

/**
 * Faces smaller than this many grid cells (a cell is about 7 × 8 m) are rounding slivers of the
 * overlay: they are merged into their neighbour's status instead of becoming faces of their own.
 */
const SLIVER_CELLS = 20;

/** Days per window: the map re-tiles once when a date step crosses into another window. */
export const WINDOW_DAYS = 90;

const { ctIntersection, ctDifference, ctXor, ctUnion } = ClipperLib.ClipType;
const NONZERO = ClipperLib.PolyFillType.pftNonZero;

function run(type: ClipperLib.ClipType, a: Paths, b: Paths): Paths {
  const c = new ClipperLib.Clipper();
  c.AddPaths(a, ClipperLib.PolyType.ptSubject, true);
  c.AddPaths(b, ClipperLib.PolyType.ptClip, true);
  const out: Paths = [];
  c.Execute(type, out, NONZERO, NONZERO);
  return out;
}

/** Separate polygons (outer ring first, then its holes). */
function polygons(a: Paths): Paths[] {
  const c = new ClipperLib.Clipper();
  c.AddPaths(a, ClipperLib.PolyType.ptSubject, true);
  const tree = new ClipperLib.PolyTree();
  c.Execute(ctUnion, tree, NONZERO, NONZERO);
  return ClipperLib.JS.PolyTreeToExPolygons(tree).map((e) => [e.outer, ...e.holes]);
}

const area = (a: Paths) => a.reduce((s, p) => s + ClipperLib.Clipper.Area(p), 0);

function box(a: Paths): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of a)
    for (const { X, Y } of p) {
      if (X < b[0]) b[0] = X;
      if (Y < b[1]) b[1] = Y;
      if (X > b[2]) b[2] = X;
      if (Y > b[3]) b[3] = Y;
    }
  return b;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** A topology's arcs as absolute grid positions. */
function gridArcs(topo: Topology): [number, number][][] {
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)] as [number, number]);
  });
}

interface Face {
  paths: Paths;
  box: Box;
  /** Versions (distinct geometries of the group) this face is part of. */
  in: Set<number>;
}

/**
 * Overlays one group's versions in date order. Each change splits the faces it crosses; the part
 * inside the change flips. Land held for the first time becomes a new face.
 */
function overlay(versions: Paths[], sequence: number[]): Face[] {
  let faces: Face[] = [];
  let prev = -1;
  const done = new Set<number>();
  for (const v of sequence) {
    if (v === prev) continue;
    if (v >= 0 && !done.has(v)) {
      done.add(v);
      const before = prev < 0 ? [] : versions[prev];
      const now = versions[v];
      const changes = polygons(run(ctXor, before, now)).map((p) => ({ paths: p, box: box(p) }));
      const next: Face[] = [];
      const covered: Paths = [];
      for (const f of faces) {
        const wasIn = f.in.has(prev);
        const near = changes.filter((c) => overlaps(c.box, f.box)).flatMap((c) => c.paths);
        const flipped = near.length ? run(ctIntersection, f.paths, near) : [];
        if (area(flipped) < SLIVER_CELLS) {
          if (wasIn) f.in.add(v);
          next.push(f);
          continue;
        }
        covered.push(...flipped);
        const rest = run(ctDifference, f.paths, near);
        if (area(rest) >= SLIVER_CELLS)
          next.push({ paths: rest, box: box(rest), in: withIf(f.in, v, wasIn) });
        next.push({ paths: flipped, box: box(flipped), in: withIf(f.in, v, !wasIn) });
      }
      const fresh = run(ctDifference, run(ctDifference, now, before), covered);
      if (area(fresh) >= SLIVER_CELLS) next.push({ paths: fresh, box: box(fresh), in: new Set([v]) });
      faces = next;
    }
    prev = v;
  }
  return faces;
}

function withIf(set: Set<number>, v: number, add: boolean): Set<number> {
  const copy = new Set(set);
  if (add) copy.add(v);
  return copy;
}

/** Date-index spans [start, end, start, end, …) (end exclusive) on which `sequence` is in `versions`. */
export function spansOf(sequence: number[], versions: Set<number>): number[] {
  const spans: number[] = [];
  sequence.forEach((v, i) => {
    const on = v >= 0 && versions.has(v);
    const open = spans.length % 2 === 1;
    if (on && !open) spans.push(i);
    if (!on && open) spans.push(i);
  });
  if (spans.length % 2 === 1) spans.push(sequence.length);
  return spans;
}

/** A Clipper polygon (outer, holes) as GeoJSON rings: closed, outer counter-clockwise, holes clockwise. */
function rings(polygon: Paths): Position[][] {
  return polygon.map((path: Path, i) => {
    const ccw = ClipperLib.Clipper.Area(path) > 0;
    const ordered = ccw === (i === 0) ? path : [...path].reverse();
    const ring = ordered.map(({ X, Y }) => [X, Y]);
    return [...ring, ring[0]];
  });
}

/**
 * Overlays every unit-and-status group of the history, window by window, into faces. Returns them as
 * a topology on the same grid and transform as `control`: one collection `faces` whose geometries
 * carry their window `w`; spans count in `dates` (the object names in date order).
 */
export function buildFaces(
  control: ControlTopology,
  dates: string[],
  windowDays = WINDOW_DAYS,
): FacesTopology {
  if (!control.transform)
    throw new Error('the control topology is not quantised: faces need its integer grid');
  const arcs = gridArcs(control);
  const ring = (refs: number[]): Path => {
    const out: Path = [];
    for (const r of refs) {
      const a = r < 0 ? [...arcs[~r]].reverse() : arcs[r];
      for (let k = out.length ? 1 : 0; k < a.length; k++) out.push({ X: a[k][0], Y: a[k][1] });
    }
    return out;
  };
  const features: Feature<MultiPolygon, FaceProps>[] = [];
  for (let start = 0; start < dates.length; start += windowDays)
    features.push(
      ...windowFaces(
        ring,
        control,
        dates,
        start,
        Math.min(start + windowDays, dates.length),
        start / windowDays,
      ),
    );
  const fc: FeatureCollection<MultiPolygon, FaceProps> = { type: 'FeatureCollection', features };
  return { ...onGrid(toTopology({ faces: fc }, 0), control), windowDays } as FacesTopology;
}

/** The faces of the dates [start, end), with spans counted from the first date of all. */
function windowFaces(
  ring: (refs: number[]) => Path,
  control: ControlTopology,
  dates: string[],
  start: number,
  end: number,
  w: number,
): Feature<MultiPolygon, FaceProps>[] {
  const groups = new Map<string, { versions: Paths[]; byArcs: Map<string, number>; sequence: number[] }>();
  dates.slice(start, end).forEach((date, i) => {
    const object = control.objects[date];
    if (!object) throw new Error(`control topology has no object for ${date}`);
    for (const g of object.geometries) {
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
      const key = `${g.properties!.u}|${g.properties!.s}`;
      let group = groups.get(key);
      if (!group)
        groups.set(key, (group = { versions: [], byArcs: new Map(), sequence: Array(end - start).fill(-1) }));
      const parts = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      const id = JSON.stringify(parts);
      let v = group.byArcs.get(id);
      if (v === undefined) {
        v = group.versions.push(parts.flatMap((p) => p.map(ring))) - 1;
        group.byArcs.set(id, v);
      }
      group.sequence[i] = v;
    }
  });
  const features: Feature<MultiPolygon, FaceProps>[] = [];
  for (const [key, group] of groups) {
    const [u, s] = key.split('|') as [string, FaceProps['s']];
    for (const face of overlay(group.versions, group.sequence)) {
      const on = spansOf(group.sequence, face.in).map((i) => i + start);
      if (!on.length) continue;
      features.push({
        type: 'Feature',
        properties: { u, s, w, on },
        geometry: { type: 'MultiPolygon', coordinates: polygons(face.paths).map(rings) },
      });
    }
  }
  return features;
}

/** Puts a topology built from grid positions back on `like`'s transform, as delta-encoded arcs. */
function onGrid(topo: Topology, like: Topology): Topology {
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([ax, ay]) => {
      const d = [ax - x, ay - y];
      x = ax;
      y = ay;
      return d;
    });
  });
  const { bbox: _bbox, ...rest } = topo;
  return { ...rest, arcs, transform: like.transform, bbox: like.bbox };
}
