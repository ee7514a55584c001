/**
 * Helpers for the line of contact (zone.ts): telling points on Ukraine's outline from points inland,
 * and joining the line's many short arcs end to end, so that widening it handles a few long lines
 * instead of a thousand pieces whose ends all overlap.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** How close to Ukraine's outline (metres) a point counts as on the coast or the border. */
export const ON_OUTLINE_M = 500;
const M_PER_DEG = 111_320;
const CELL = 0.05;

/** Squared distance (metres², locally flat) from p to segment a–b. */
function distance2(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return (ex * ex + ey * ey) * M_PER_DEG * M_PER_DEG;
}

/**
 * Whether a point lies within ON_OUTLINE_M of the outline's rings (its holes too, such as the
 * Syvash). DeepStateMap draws its own coast, which strays from the boundary file's by up to a few
 * hundred metres, so a tighter test takes stretches of coast for a front.
 */
export function onOutline(outline: Polygon | MultiPolygon): (p: Position) => boolean {
  const buckets = new Map<string, [Position, Position][]>();
  const key = (x: number, y: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  const margin = ON_OUTLINE_M / M_PER_DEG / Math.cos((50 * Math.PI) / 180);
  const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        const seen = new Set<string>();
        for (let x = Math.min(a[0], b[0]) - margin; x <= Math.max(a[0], b[0]) + margin + CELL; x += CELL)
          for (let y = Math.min(a[1], b[1]) - margin; y <= Math.max(a[1], b[1]) + margin + CELL; y += CELL) {
            const k = key(
              Math.min(x, Math.max(a[0], b[0]) + margin),
              Math.min(y, Math.max(a[1], b[1]) + margin),
            );
            if (seen.has(k)) continue;
            seen.add(k);
            const list = buckets.get(k);
            if (list) list.push([a, b]);
            else buckets.set(k, [[a, b]]);
          }
      }
  const limit = ON_OUTLINE_M * ON_OUTLINE_M;
  return (p) => (buckets.get(key(p[0], p[1])) ?? []).some(([a, b]) => distance2(p, a, b) <= limit);
}

/** Lines joined where one ends exactly where another starts or ends (arcs of one topology do). */
export function chainLines(lines: readonly Position[][]): Position[][] {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const byEnd = new Map<string, number[]>();
  lines.forEach((l, i) => {
    for (const k of [key(l[0]), key(l[l.length - 1])]) byEnd.set(k, [...(byEnd.get(k) ?? []), i]);
  });
  const used = new Uint8Array(lines.length);
  const chains: Position[][] = [];
  const take = (at: Position) => {
    const j = (byEnd.get(key(at)) ?? []).find((i) => !used[i]);
    if (j === undefined) return null;
    used[j] = 1;
    return key(lines[j][0]) === key(at) ? lines[j] : [...lines[j]].reverse();
  };
  lines.forEach((line, i) => {
    if (used[i]) return;
    used[i] = 1;
    let chain = [...line];
    for (let next = take(chain[chain.length - 1]); next; next = take(chain[chain.length - 1]))
      chain = chain.concat(next.slice(1));
    for (let prev = take(chain[0]); prev; prev = take(chain[0]))
      chain = [...prev].reverse().concat(chain.slice(1));
    chains.push(chain);
  });
  return chains;
}
