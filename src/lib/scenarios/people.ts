/**
 * What a scenario means for people: the settlements (GeoNames, pre-war populations) on each side of
 * its line, in a demilitarised zone, and changing hands, per region row, with the largest towns named.
 * Each settlement counts once, by who holds the point it stands on; figures are GeoNames' populations,
 * mostly pre-war estimates, never today's residents.
 */
import type { Feature, Point } from 'geojson';
import type { RegionId, SettlementProps, Status, UnitProps } from '../data/types.ts';
import { inSpans } from '../data/spans.ts';
import { termFor, type Terms } from './terms.ts';

/** Who holds a settlement: a control status, or demilitarised under the terms. */
export type PeopleSide = Status | 'dmz';

/** Pre-war population and number of settlements of one kind. */
export interface Count {
  pop: number;
  places: number;
}

/** One region row: by side under the scenario, and what changes hands against the line. */
export interface PeopleFigures {
  ru: Count;
  ua: Count;
  dmz: Count;
  contested: Count;
  /** Passing to Russian control (from Ukraine-held or contested land, or into a zone Russia keeps). */
  toRu: Count;
  /** Returning to Ukrainian control. */
  toUa: Count;
  /** Net population changing hands: toRu − toUa. */
  change: number;
}

/** A settlement with its side on the line and under the scenario. */
export interface PlacedSettlement {
  id: number;
  name_en: string;
  name_uk?: string;
  pop: number;
  unit: string;
  region: RegionId;
  line: PeopleSide;
  side: PeopleSide;
}

export interface PeopleResult {
  regions: Partial<Record<RegionId, PeopleFigures>>;
  /** Largest first: those passing to Russian control, returning to Ukraine, demilitarised. */
  toRu: PlacedSettlement[];
  toUa: PlacedSettlement[];
  dmz: PlacedSettlement[];
}

const zero = (): Count => ({ pop: 0, places: 0 });
const empty = (): PeopleFigures => ({
  ru: zero(),
  ua: zero(),
  dmz: zero(),
  contested: zero(),
  toRu: zero(),
  toUa: zero(),
  change: 0,
});
const add = (c: Count, pop: number) => {
  c.pop += pop;
  c.places += 1;
};

/** Who holds a settlement's land on date index `i`: its status then, else its unit's own country. */
function lineSide(p: SettlementProps, unit: UnitProps, i: number): Status {
  for (const s of ['ru', 'ua', 'contested'] as const) if (inSpans(p.held?.[s], i)) return s;
  return unit.country === 'UA' ? 'ua' : 'ru';
}

/**
 * Places every settlement counted in the area table's rows (Ukraine's units and Kursk) under `terms`
 * on the line of date index `i`. `inZone` says whether a settlement, held by `line`, lies in a strip
 * the terms demilitarise (a buffer zone).
 */
export function placeSettlements(
  settlements: readonly Feature<Point, SettlementProps>[],
  units: readonly UnitProps[],
  terms: Terms,
  i: number,
  inZone: (s: Feature<Point, SettlementProps>, line: Status) => boolean = () => false,
): PlacedSettlement[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: PlacedSettlement[] = [];
  for (const f of settlements) {
    const p = f.properties;
    const unit = byId.get(p.unit);
    const term = unit && termFor(terms, unit);
    if (!unit?.region || unit.region === 'ukraine' || !term) continue;
    const line = lineSide(p, unit, i);
    let side: PeopleSide =
      term === 'line' ? line : term === 'ua' ? 'ua' : term === 'ru' ? 'ru' : line === 'ru' ? 'ru' : 'dmz';
    if (inZone(f, line)) side = 'dmz';
    out.push({
      id: p.id,
      name_en: p.name_en,
      name_uk: p.name_uk,
      pop: p.pop,
      unit: p.unit,
      region: unit.region,
      line,
      side,
    });
  }
  return out;
}

/** Sums placed settlements per region row; `ukraine` sums Ukraine's units (Kursk has its own row). */
export function peopleFigures(
  placed: readonly PlacedSettlement[],
  units: readonly UnitProps[],
): PeopleResult {
  const country = new Map(units.map((u) => [u.id, u.country]));
  const regions: PeopleResult['regions'] = {};
  const toRu: PlacedSettlement[] = [];
  const toUa: PlacedSettlement[] = [];
  const dmz: PlacedSettlement[] = [];
  for (const s of placed) {
    const rows = country.get(s.unit) === 'UA' ? [s.region, 'ukraine' as const] : [s.region];
    for (const r of rows) {
      const f = (regions[r] ??= empty());
      add(f[s.side], s.pop);
      if (s.side === 'ru' && s.line !== 'ru') add(f.toRu, s.pop);
      if (s.side === 'ua' && s.line === 'ru') add(f.toUa, s.pop);
      f.change = f.toRu.pop - f.toUa.pop;
    }
    if (s.side === 'ru' && s.line !== 'ru') toRu.push(s);
    if (s.side === 'ua' && s.line === 'ru') toUa.push(s);
    if (s.side === 'dmz') dmz.push(s);
  }
  const largest = (list: PlacedSettlement[]) => list.sort((a, b) => b.pop - a.pop || a.id - b.id);
  return { regions, toRu: largest(toRu), toUa: largest(toUa), dmz: largest(dmz) };
}
