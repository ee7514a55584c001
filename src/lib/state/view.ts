/**
 * Everything the page shows, worked out in one place from the data and the reader's choices: the
 * day, the scenario's terms and figures, what the map draws, the power plants, the compare side.
 * Pure and without runes — AppState holds `view = $derived(computeView(data, selection))` — so it is
 * tested on plain objects (view.test.ts), and the components take one non-null object instead of
 * guarding a dozen nullable fields each.
 */
import { hasDay } from '../data/areas-first.ts';
import type { Areas, Manifest, PlantProps, Settlements, UnitProps } from '../data/types.ts';
import type { FeatureCollection, Point } from 'geojson';
import type { Scenario, ScenarioVariant } from '../scenarios/schema.ts';
import { evaluateScenario, referenceIndex, type ScenarioResult } from '../scenarios/evaluate.ts';
import { drawSets, type DrawSets } from '../scenarios/draw.ts';
import { resolveTerms, variantOf, type Custom, type Terms } from '../scenarios/terms.ts';
import { plantSides, type PlantSide } from '../scenarios/assets.ts';
import type { ControlSource, ControlView } from './control.svelte.ts';
import { peopleFigures, placeSettlements, type PeopleResult } from '../scenarios/people.ts';

/** What of the loaded data the view is worked out from (AppState's Loaded, or a test's plain objects). */
export interface ViewData {
  manifest: Pick<Manifest, 'dates' | 'carried'>;
  areas: Areas;
  regions: { unitProps: UnitProps[] };
  context: { plants: FeatureCollection<Point, PlantProps> };
  /** The catalog in slider order. */
  scenarios: readonly Scenario[];
  /** Control by date: `on` gives a date's, or the latest's while the `history` is missing. */
  control: Pick<ControlSource, 'on' | 'error' | 'history'>;
}

/**
 * What the people figures are worked out from, when it is in: the settlements (loaded after the first
 * view) and a demilitarised strip's settlements (the buffer zone, computed in a worker), if any.
 */
export interface PeopleInput {
  settlements?: Settlements | null;
  /** Ids of the settlements inside the terms' buffer zone on the shown date; absent without one. */
  zone?: { settlementIds: ReadonlySet<number> } | null;
}

/** What the reader chose (AppState's own fields). */
export interface Selection {
  /** The date slider's index. */
  dateIndex: number;
  scenarioId: string;
  /** Reading of the scenario's open terms; null for its first. */
  variantId: string | null;
  /** The reader's own toggles on top of the scenario. */
  custom: Custom;
  /** A second scenario to compare with, as proposed (no toggles); may be the same one; null for none. */
  compareId: string | null;
  /** Reading of the compared scenario's open terms; null for its first. */
  compareVariantId: string | null;
}

/** The compared scenario: its terms and figures, and what its map draws. */
export interface CompareView {
  scenario: Scenario;
  terms: Terms;
  result: ScenarioResult;
  sets: DrawSets;
  /** The day whose line it starts from (its own when it pins one). */
  date: string;
  control: ControlView;
}

/** Everything the page shows once the data is in. */
export interface View {
  dates: readonly string[];
  /**
   * The history could not be loaded: the page stays on the latest day, the only one the map can draw,
   * so that no figure, export or link speaks of a day the map does not show.
   */
  historyUnavailable: boolean;
  /** The date index shown: the slider's, or the latest while the history is unavailable. */
  index: number;
  date: string;
  scenario: Scenario;
  variant: ScenarioVariant | null;
  terms: Terms;
  /** Whether the view is Russia's annexation claim as such (toggles make it the reader's own scenario). */
  isClaim: boolean;
  /** The day whose line the scenario is measured against: the slider's, or one the scenario pins. */
  shownIndex: number;
  shownDate: string;
  /** The pinned day, when the scenario does not follow the slider. */
  pinnedDate: string | null;
  result: ScenarioResult;
  sets: DrawSets;
  /** The shown date's control geometry. */
  control: ControlView;
  plants: PlantSide[];
  /** Pre-war population and settlements on each side; null until the settlements are in. */
  people: PeopleResult | null;
  compare: CompareView | null;
  /** Whether the shown day has no snapshot of its own and is carried forward. */
  carried: boolean;
  /** Whether what is shown needs a day other than the latest: then the whole history is needed. */
  needsHistory: boolean;
}

/** Whether the reader's toggles change anything. */
export const isCustomised = (custom: Custom): boolean => Object.keys(custom).length > 0;

/** The scenario a selection names, or the catalog's second (the line of control) for an unknown id. */
export const scenarioOf = (scenarios: readonly Scenario[], id: string): Scenario | undefined =>
  scenarios.find((s) => s.id === id) ?? scenarios[1];

/**
 * `fn` remembering its last call: called again with the same arguments (by identity) it gives the
 * same object back. So a date step hands the map the same sets, and a scenario switch the same
 * control, and nothing downstream redraws what did not change.
 */
function lastCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (!last || args.some((a, i) => a !== last!.args[i])) last = { args, result: fn(...args) };
    return last.result;
  };
}

/** Terms the map can draw: while the history is unavailable, pinned to the latest day instead of an earlier one. */
function drawable(terms: Terms, historyUnavailable: boolean): Terms {
  return historyUnavailable && terms.reference !== 'selected' ? { ...terms, reference: 'latest' } : terms;
}

/** One side's terms, figures and drawing, each kept while its inputs stay the same. */
function side() {
  return {
    terms: lastCall((scenario: Scenario, variantId: string | null, custom: Custom, unavailable: boolean) =>
      drawable(resolveTerms(scenario, variantId, custom), unavailable),
    ),
    result: lastCall(evaluateScenario),
    sets: lastCall(drawSets),
  };
}
/** People on each side under `terms` on the line of date index `i`; null without settlements. */
function people(
  settlements: Settlements | null,
  units: readonly UnitProps[],
  terms: Terms,
  i: number,
  zone: PeopleInput['zone'],
): PeopleResult | null {
  if (!settlements) return null;
  const ids = zone?.settlementIds;
  const inZone = ids ? (s: { properties: { id: number } }) => ids.has(s.properties.id) : undefined;
  return peopleFigures(placeSettlements(settlements.features, units, terms, i, inZone), units);
}

const main = { ...side(), plants: lastCall(plantSides), people: lastCall(people) };
const compared = side();
const NO_CUSTOM: Custom = {};

/** The control of `date`, kept while the date and the history are the same. */
const controlOn = lastCall((source: ViewData['control'], date: string, _history: unknown): ControlView =>
  source.on(date),
);

/** The view of `data` under `selection`; null while the data is loading. */
export function computeView(
  data: ViewData | null,
  selection: Selection,
  input: PeopleInput = {},
): View | null {
  if (!data) return null;
  const dates = data.manifest.dates;
  const units = data.regions.unitProps;
  const scenario = scenarioOf(data.scenarios, selection.scenarioId);
  if (!scenario) return null;
  const historyUnavailable = !!data.control.error;
  // A day whose figures are still on their way (they come with the history) shows as the latest
  // until they are in, as the map does: figures and map always agree.
  const index =
    historyUnavailable || !hasDay(data.areas, selection.dateIndex) ? dates.length - 1 : selection.dateIndex;
  const terms = main.terms(scenario, selection.variantId, selection.custom, historyUnavailable);
  const shownIndex = referenceIndex(dates, index, terms.reference);
  const shownDate = dates[shownIndex];
  const control = controlOn(data.control, shownDate, data.control.history);
  const compare = compareView(data, selection, index, shownDate, control, historyUnavailable);
  return {
    dates,
    historyUnavailable,
    index,
    date: dates[index],
    scenario,
    variant: variantOf(scenario, selection.variantId),
    terms,
    isClaim: selection.scenarioId === 'claimed' && !isCustomised(selection.custom),
    shownIndex,
    shownDate,
    pinnedDate: terms.reference !== 'selected' ? shownDate : null,
    result: main.result(data.areas, units, index, terms),
    sets: main.sets(terms, units),
    control,
    plants: main.plants(data.context.plants, units, shownIndex, terms),
    people: main.people(input.settlements ?? null, units, terms, shownIndex, input.zone ?? null),
    compare,
    carried: data.manifest.carried.includes(shownDate),
    needsHistory:
      shownIndex < dates.length - 1 || (!!compare && compare.result.referenceIndex < dates.length - 1),
  };
}

/** The compared scenario on the slider's `index`; its map reuses `control` when it starts from the same day. */
function compareView(
  data: ViewData,
  { compareId, compareVariantId }: Selection,
  index: number,
  shownDate: string,
  control: ControlView,
  historyUnavailable: boolean,
): CompareView | null {
  const scenario = data.scenarios.find((s) => s.id === compareId);
  if (!scenario) return null;
  const terms = compared.terms(scenario, compareVariantId, NO_CUSTOM, historyUnavailable);
  const result = compared.result(data.areas, data.regions.unitProps, index, terms);
  const date = data.manifest.dates[result.referenceIndex];
  return {
    scenario,
    terms,
    result,
    sets: compared.sets(terms, data.regions.unitProps),
    date,
    control: date === shownDate ? control : data.control.on(date),
  };
}
