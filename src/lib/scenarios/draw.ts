/**
 * What to draw for a scenario, unit by unit, shared by the WebGL map (as filter expressions) and the
 * SVG fallback (as predicates), so that both pictures always agree with the table.
 */
import type { PieceProps, UnitProps } from '../data/types.ts';
import { termFor, type Terms } from './terms.ts';

/** Unit ids grouped by how the scenario draws them. */
export interface DrawSets {
  /** Units drawn as on the line of control: every piece shown. */
  line: string[];
  /** Ukrainian units wholly Russian under the scenario: held pieces shown, the rest hatched as passing to Russia. */
  claimed: string[];
  /** Ukrainian units whose Ukraine-held land becomes a demilitarised zone (held pieces shown). */
  dmz: string[];
  /** Units that would be wholly Ukrainian: their Russian-held pieces are drawn as returning to Ukraine. */
  toUa: string[];
  /** Russian units that would be wholly Russian: their Ukraine-held and contested pieces pass to Russia. */
  toRu: string[];
}

/** How a control piece that changes hands is drawn. */
export type PieceChange = 'to-ru' | 'to-ua';

/** Groups units by their term. Russian units under `ru` with nothing held by Ukraine draw as plain Russia. */
export function drawSets(terms: Terms, units: readonly UnitProps[]): DrawSets {
  const sets: DrawSets = { line: [], claimed: [], dmz: [], toUa: [], toRu: [] };
  for (const unit of units) {
    const term = termFor(terms, unit);
    if (term === 'line') sets.line.push(unit.id);
    else if (term === 'ua') sets.toUa.push(unit.id);
    else if (unit.country === 'RU' && term === 'ru') sets.toRu.push(unit.id);
    else if (term === 'ru') sets.claimed.push(unit.id);
    else if (term === 'dmz') sets.dmz.push(unit.id);
  }
  return sets;
}

/**
 * Whether a control piece is drawn as held: every piece where the line stands, and Russian-held
 * pieces where the unit goes to Russia or only its Ukraine-held part is demilitarised.
 */
export function pieceShown(piece: PieceProps, sets: DrawSets): boolean {
  if (sets.line.includes(piece.u)) return true;
  return piece.s === 'ru' && (sets.claimed.includes(piece.u) || sets.dmz.includes(piece.u));
}

/** Whether a control piece changes hands under the scenario, and which way. */
export function pieceChange(piece: PieceProps, sets: DrawSets): PieceChange | null {
  if (piece.s === 'ru' && sets.toUa.includes(piece.u)) return 'to-ua';
  if (piece.s !== 'ru' && sets.toRu.includes(piece.u)) return 'to-ru';
  return null;
}
