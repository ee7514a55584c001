/**
 * Scenario evaluation as arithmetic on precomputed areas (DESIGN §4): every unit's land on the
 * reference date is already split into Russian-held, Ukraine-held and contested km², so a scenario is
 * a choice, per region, of which of those it keeps. No geometry here.
 */
import type { Areas, RegionId, UnitProps } from '../data/types.ts';
import type { Scenario } from './schema.ts';
import { termFor, type Term, type Terms } from './terms.ts';

/** km² of one unit or region under a scenario. ru + ua + dmz + contested = area. */
export interface Figures {
  /** Polygon area (sum of the units' geodesic areas). */
  area: number;
  ru: number;
  ua: number;
  dmz: number;
  /** Grey zone where the source has one (Kursk, Belgorod); stays grey under `line`. */
  contested: number;
  /** km² changing hands against the line of control on the reference date; + towards Russia. */
  change: number;
  /** The two directions of `change` apart (both ≥ 0), since a region can move both ways. */
  toRu: number;
  toUa: number;
  /** Russian-held km² on the line of control itself, for comparison. */
  lineRu: number;
  /**
   * What the data cannot tell on the reference date: Ukraine-held land in Russia after its series
   * ends (`uaInRussiaUntil`). `change`: the line there is unknown, so `lineRu`, `change`, `toRu` and
   * `toUa` are, while the scenario's own terms still say who holds the land (all of Kursk to
   * Russia). `held`: the scenario follows the line there, so who holds the land (`ru`, `ua`,
   * `contested`, `dmz`, `lineRu`) is unknown, while the change against the line is nil whatever it
   * is. Absent when everything is known. The numbers stay as if nothing were held against Russia,
   * so sums still add up; show them as "no data". `zone`: a buffer zone is still being computed, or
   * could not be (zone-figures.ts): who holds the land, and how much is demilitarised, is not known yet.
   */
  unknown?: 'change' | 'held' | 'zone';
}

/** The figures that `unknown` marks as not known. */
export const UNKNOWN_FIGURES = {
  change: ['lineRu', 'change', 'toRu', 'toUa'],
  held: ['ru', 'ua', 'contested', 'dmz', 'lineRu'],
  zone: ['ru', 'ua', 'dmz'],
} as const satisfies Record<NonNullable<Figures['unknown']>, readonly (keyof Figures)[]>;

/** Whether figure `key` of `f` is known, so may be shown as a number. */
export const known = (f: Figures, key: keyof Figures): boolean =>
  !f.unknown || !(UNKNOWN_FIGURES[f.unknown] as readonly string[]).includes(key);

/** The outcome of a scenario on one date. */
export interface ScenarioResult {
  /** Index into `areas.dates` of the line of control the scenario starts from. */
  referenceIndex: number;
  /** Table rows; `ukraine` sums all Ukrainian units and excludes Kursk. */
  regions: Record<RegionId, Figures>;
  /** Per unit id (e.g. `sevastopol` for its sub-row); Russian oblasts without a region are left out. */
  units: Record<string, Figures>;
  /**
   * False when the source has no data on Ukraine-held land in Russia for the reference date; the
   * figures of the units concerned say what is unknown (`Figures.unknown`).
   */
  uaInRussiaKnown: boolean;
}

const ROWS: RegionId[] = [
  'donetsk',
  'luhansk',
  'zaporizhzhia',
  'kherson',
  'crimea',
  'kursk',
  'other',
  'ukraine',
];

const empty = (): Figures => ({
  area: 0,
  ru: 0,
  ua: 0,
  dmz: 0,
  contested: 0,
  change: 0,
  toRu: 0,
  toUa: 0,
  lineRu: 0,
});

/** Resolves a scenario's `reference` to a date index, given the index chosen on the slider. */
export function referenceIndex(
  dates: readonly string[],
  selected: number,
  reference: Scenario['reference'],
): number {
  if (reference === 'selected') return selected;
  if (reference === 'latest') return dates.length - 1;
  // A fixed day outside the data falls back to the nearest end: dates are sorted ISO strings.
  if (reference <= dates[0]) return 0;
  const i = dates.findIndex((d) => d >= reference);
  return i === -1 ? dates.length - 1 : i;
}

/** Land of one unit on the line of control: Russian-held, Ukraine-held, contested. */
function lineOf(areas: Areas, unit: UnitProps, i: number): { ru: number; ua: number; contested: number } {
  if (unit.country === 'UA') {
    // Pieces are clipped to the unit, so only rounding can push them past its area.
    const ru = Math.min(unit.km2, areas.ru[unit.id]?.[i] ?? 0);
    return { ru, ua: unit.km2 - ru, contested: 0 };
  }
  const ua = areas.ua[unit.id]?.[i] ?? 0;
  const contested = areas.contested[unit.id]?.[i] ?? 0;
  return { ru: unit.km2 - ua - contested, ua, contested };
}

/** Applies one term to a unit's line of control. */
function applyTerm(term: Term, area: number, line: { ru: number; ua: number; contested: number }): Figures {
  const f = { ...empty(), area, lineRu: line.ru };
  if (term === 'line') Object.assign(f, { ru: line.ru, ua: line.ua, contested: line.contested });
  else if (term === 'ua') f.ua = area;
  else if (term === 'dmz') Object.assign(f, { ru: line.ru, dmz: area - line.ru });
  else f.ru = area;
  f.change = f.ru - line.ru;
  f.toRu = Math.max(0, f.change);
  f.toUa = Math.max(0, -f.change);
  return f;
}

type Km2 = Exclude<keyof Figures, 'unknown'>;

function add(into: Figures, f: Figures): void {
  for (const k of Object.keys(empty()) as Km2[]) into[k] += f[k];
  if (f.unknown && into.unknown !== 'held') into.unknown = f.unknown;
}

/**
 * Evaluates a scenario on a date.
 * @param areas precomputed km² per date × unit (public/data/areas.json)
 * @param units every unit's properties (regions.bin `units`)
 * @param dateIndex index of the date chosen on the slider
 * @param terms the scenario's resolved terms; their `reference` may pin another date
 */
export function evaluateScenario(
  areas: Areas,
  units: readonly UnitProps[],
  dateIndex: number,
  terms: Terms,
): ScenarioResult {
  const i = referenceIndex(areas.dates, dateIndex, terms.reference);
  const regions = Object.fromEntries(ROWS.map((r) => [r, empty()])) as Record<RegionId, Figures>;
  const byUnit: Record<string, Figures> = {};
  let uaInRussiaKnown = true;
  for (const unit of units) {
    const term = termFor(terms, unit);
    if (!term || !unit.region) continue;
    const f = applyTerm(term, unit.km2, lineOf(areas, unit, i));
    if (unit.country === 'RU' && areas.ua[unit.id]?.[i] === null) {
      uaInRussiaKnown = false;
      f.unknown = term === 'line' || term === 'dmz' ? 'held' : 'change';
    }
    byUnit[unit.id] = f;
    add(regions[unit.region], f);
    if (unit.country === 'UA') add(regions.ukraine, f);
  }
  return { referenceIndex: i, regions, units: byUnit, uaInRussiaKnown };
}
