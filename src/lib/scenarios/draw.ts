/**
 * What to draw for a scenario, unit by unit, shared by the WebGL map (as filter expressions) and the
 * SVG fallback (as a predicate), so that both pictures always agree with the table.
 */
import type { PieceProps, UnitProps } from '../data/types.ts';
import type { Scenario } from './schema.ts';

/** Unit ids grouped by how the scenario draws them. */
export interface DrawSets {
  /** Units drawn as on the line of control: every piece shown. */
  line: string[];
  /** Ukrainian units wholly Russian under the scenario: held pieces shown, the rest hatched. */
  claimed: string[];
  /** Ukrainian units whose Ukraine-held land becomes a demilitarised zone. */
  dmz: string[];
}

/**
 * Groups units by rule. Units whose rule is `ua` appear in no set (nothing is drawn over them), and
 * Russian units under `ru` are ordinary Russia, so they are neither hatched nor listed.
 */
export function drawSets(scenario: Scenario, units: readonly UnitProps[]): DrawSets {
  const sets: DrawSets = { line: [], claimed: [], dmz: [] };
  for (const unit of units) {
    const rule = scenario.rules.find((r) => r.region === unit.region);
    if (!rule) continue;
    if (rule.to === 'line') sets.line.push(unit.id);
    else if (rule.to === 'ru' && unit.country === 'UA') {
      sets.claimed.push(unit.id);
      if (rule.ua_held_becomes === 'dmz') sets.dmz.push(unit.id);
    }
  }
  return sets;
}

/**
 * Whether a control piece is drawn: Russian-held pieces where the line stands or the unit goes to
 * Russia; Ukraine-held and contested pieces in Russia only where the line stands.
 */
export function pieceShown(piece: PieceProps, sets: DrawSets): boolean {
  if (sets.line.includes(piece.u)) return true;
  return piece.s === 'ru' && sets.claimed.includes(piece.u);
}
