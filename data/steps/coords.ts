/** Coordinate rounding shared by the context steps: 5 decimals is about 1 m, finer than any input here. */
import type { Position } from 'geojson';

/** Rounds a position to 5 decimals; throws naming `where` if it is not a pair of finite numbers. */
export function roundPosition(p: Position, where: string): Position {
  if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
    throw new Error(`${where}: position ${JSON.stringify(p)} is not a [lon, lat] pair of numbers`);
  return [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
}

/** Rounds a line or ring and drops the repeated positions that rounding creates. */
export function roundLine(line: Position[], where: string): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = roundPosition(p, where);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}
