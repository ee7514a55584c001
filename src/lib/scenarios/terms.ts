/**
 * A scenario's terms resolved for evaluation and drawing: its rules, with the chosen variant and the
 * reader's own toggles laid over them, as one term per region and per named oblast.
 */
import type { UnitProps } from '../data/types.ts';
import {
  RULE_REGIONS,
  type AssetTermOf,
  type BufferTerm,
  type RuleRegion,
  type Scenario,
  type ScenarioRule,
} from './schema.ts';

/**
 * Who holds a region's land. `dmz`: Russian-held land as on the line, Ukraine-held land demilitarised
 * (the rule `{to: 'ru', ua_held_becomes: 'dmz'}`).
 */
export type Term = 'ru' | 'ua' | 'line' | 'dmz';
export const TERMS: readonly Term[] = ['ru', 'ua', 'line', 'dmz'];

/** The toggles a reader may set per region: Kursk can only stay as on the line or go back to Russia. */
export const TOGGLES: Record<RuleRegion, readonly Term[]> = {
  donetsk: TERMS,
  luhansk: TERMS,
  zaporizhzhia: TERMS,
  kherson: TERMS,
  crimea: TERMS,
  kursk: ['ru', 'line'],
  other: ['ua', 'line'],
};

/** The reader's own scenario: regions set by hand on top of the chosen one. */
export type Custom = Partial<Record<RuleRegion, Term>>;

export interface Terms {
  regions: Record<RuleRegion, Term>;
  /** Oblasts inside `other` with their own term. */
  units: Record<string, Term>;
  reference: Scenario['reference'];
  demilitarisedPlants: readonly string[];
  /** A demilitarised strip along the line of contact, if the terms have one. */
  buffer: BufferTerm | null;
  /** What the terms say of named assets. */
  assets: readonly AssetTermOf[];
}

const termOf = (rule: ScenarioRule): Term =>
  rule.to === 'ru' && rule.ua_held_becomes === 'dmz' ? 'dmz' : rule.to;

/** The variant a scenario uses: the one asked for if it exists, else its first. */
export function variantOf(scenario: Scenario, id: string | null) {
  const variants = scenario.variants;
  if (!variants) return null;
  return variants.find((x) => x.id === id) ?? variants[0];
}

/** Resolves a scenario with a variant id (ignored when unknown) and the reader's toggles. */
export function resolveTerms(
  scenario: Scenario,
  variantId: string | null = null,
  custom: Custom = {},
): Terms {
  const regions = Object.fromEntries(scenario.rules.map((r) => [r.region, termOf(r)])) as Record<
    RuleRegion,
    Term
  >;
  const units: Record<string, Term> = {};
  for (const u of scenario.units ?? []) units[u.unit] = u.to;
  const variant = variantOf(scenario, variantId);
  for (const r of variant?.rules ?? []) regions[r.region] = termOf(r);
  for (const u of variant?.units ?? []) units[u.unit] = u.to;
  for (const region of RULE_REGIONS) {
    const t = custom[region];
    if (!t) continue;
    regions[region] = t;
    // A toggle sets the whole region, oblasts named one by one included.
    if (region === 'other') for (const k of Object.keys(units)) delete units[k];
  }
  return {
    regions,
    units,
    reference: scenario.reference,
    demilitarisedPlants: scenario.demilitarised_plants ?? [],
    buffer: variant?.buffer ?? scenario.buffer ?? null,
    assets: variant?.assets ?? scenario.assets ?? [],
  };
}

/** The term a unit falls under; null for Russian oblasts outside the table (Belgorod, …). */
export function termFor(terms: Terms, unit: UnitProps): Term | null {
  if (!unit.region || unit.region === 'ukraine') return null;
  return terms.units[unit.id] ?? terms.regions[unit.region];
}

/** Drops toggles that only repeat what the scenario already says, so links stay short. */
export function effectiveCustom(scenario: Scenario, variantId: string | null, custom: Custom): Custom {
  const base = resolveTerms(scenario, variantId);
  const out: Custom = {};
  for (const region of RULE_REGIONS) {
    const t = custom[region];
    const unitsDiffer = region === 'other' && Object.keys(base.units).length > 0;
    if (t && (t !== base.regions[region] || unitsDiffer)) out[region] = t;
  }
  return out;
}
