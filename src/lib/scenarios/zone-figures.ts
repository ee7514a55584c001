/**
 * A buffer zone in the figures: where the terms have a strip along the line of contact, the units it
 * applies in (Ukraine's, with the term `line`, in the regions the rule names), and the area table's
 * figures with the strip counted as demilitarised. Like evaluate.ts's `dmz`, demilitarised land does
 * not change hands: it leaves the Russian- or Ukraine-held column for `dmz`, and `change` stays.
 */
import type { RegionId, UnitProps } from '../data/types.ts';
import type { Figures, ScenarioResult } from './evaluate.ts';
import { termFor, type Terms } from './terms.ts';

/** km² of a strip on the Russian-held and the Ukraine-held side of the line. */
export interface ZoneSides {
  ru: number;
  ua: number;
}

/** Ids of the units the terms' strip applies in: Ukraine's, under `line`, in the rule's regions. */
export function zoneUnits(terms: Terms, units: readonly UnitProps[]): string[] {
  const rule = terms.buffer;
  if (!rule) return [];
  return units
    .filter(
      (u) =>
        u.country === 'UA' &&
        !!u.region &&
        (!rule.regions || (rule.regions as readonly string[]).includes(u.region)) &&
        termFor(terms, u) === 'line',
    )
    .map((u) => u.id);
}

/** Per region row (and `ukraine`), the strip's km² on each side. */
export function zoneByRegion(
  byUnit: Readonly<Record<string, ZoneSides>>,
  units: readonly UnitProps[],
): Partial<Record<RegionId, ZoneSides>> {
  const out: Partial<Record<RegionId, ZoneSides>> = {};
  for (const u of units) {
    const z = byUnit[u.id];
    if (!z || !u.region) continue;
    for (const r of [u.region, 'ukraine'] as const) {
      const into = (out[r] ??= { ru: 0, ua: 0 });
      into.ru += z.ru;
      into.ua += z.ua;
    }
  }
  return out;
}

const moved = (f: Figures, z: ZoneSides): Figures => ({
  ...f,
  ru: f.ru - z.ru,
  ua: f.ua - z.ua,
  dmz: f.dmz + z.ru + z.ua,
});

/**
 * The result with the strip counted: `zone` gives its km² per unit, or says it is not known (being
 * computed, or failed), in which case the units it applies in, and their rows, are marked unknown
 * rather than shown without it.
 */
export function withZone(
  result: ScenarioResult,
  units: readonly UnitProps[],
  applies: readonly string[],
  zone: Readonly<Record<string, ZoneSides>> | 'unknown',
): ScenarioResult {
  if (!applies.length) return result;
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: ScenarioResult = { ...result, units: { ...result.units }, regions: { ...result.regions } };
  for (const id of applies) {
    const region = byId.get(id)?.region;
    const f = out.units[id];
    if (!region || !f) continue;
    const rows = [region, 'ukraine'] as const;
    if (zone === 'unknown') {
      out.units[id] = { ...f, unknown: 'zone' };
      for (const r of rows) out.regions[r] = { ...out.regions[r], unknown: 'zone' };
      continue;
    }
    const z = zone[id];
    if (!z) continue;
    out.units[id] = moved(f, z);
    for (const r of rows) out.regions[r] = moved(out.regions[r], z);
  }
  return out;
}
