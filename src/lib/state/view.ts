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
import { withZone } from '../scenarios/zone-figures.ts';
import { lastCall } from './last-call.ts';
import { zoneViewer, type BufferChoice, type ZoneReply, type ZoneView } from './zone-view.ts';
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
 * What the people figures are worked out from, once it is in: the settlements (loaded after the first
 * view). A buffer zone's settlements come with the zone worker's reply.
 */
export interface PeopleInput {
  settlements?: Settlements | null;
}

export type { BufferChoice, ZoneReply, ZoneView };

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
  /** A buffer zone's width the reader chose, for the scenario and reading it was chosen on. */
  buffer: BufferChoice | null;
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
  /** The buffer zone its terms draw, if they have one (its figures are in `result`). */
  zone: ZoneView | null;
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
  /**
   * Whether what is shown, or the day asked for while it waits for its figures, is a day other than
   * the latest: then the whole history is needed.
   */
  needsHistory: boolean;
  /** The buffer zone the terms draw, if they have one. */
  zone: ZoneView | null;
}

/** Whether the reader's toggles change anything. */
export const isCustomised = (custom: Custom): boolean => Object.keys(custom).length > 0;

/** The scenario a selection names, or the catalog's second (the line of control) for an unknown id. */
export const scenarioOf = (scenarios: readonly Scenario[], id: string): Scenario | undefined =>
  scenarios.find((s) => s.id === id) ?? scenarios[1];

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
    zone: zoneViewer(),
    zoned: lastCall(withZone),
  };
}

/** A result with its zone's figures, or marked unknown where they are still to come (zone-figures.ts). */
function zonedResult(
  zoned: typeof withZone,
  result: ScenarioResult,
  units: readonly UnitProps[],
  zone: ZoneView | null,
): ScenarioResult {
  return zone ? zoned(result, units, zone.applies, zone.status === 'ready' ? zone.units : 'unknown') : result;
}

/** People on each side under `terms` on the line of date index `i`; null without settlements. */
function people(
  settlements: Settlements | null,
  units: readonly UnitProps[],
  terms: Terms,
  i: number,
  zoneIds: ReadonlySet<number> | null,
): PeopleResult | null {
  if (!settlements) return null;
  const inZone = zoneIds ? (s: { properties: { id: number } }) => zoneIds.has(s.properties.id) : undefined;
  return peopleFigures(placeSettlements(settlements.features, units, terms, i, inZone), units);
}

const main = {
  ...side(),
  plants: lastCall(plantSides),
  people: lastCall(people),
};
const compared = side();
const NO_CUSTOM: Custom = {};

/** The control of `date`, kept while the date and the history are the same. */
const controlOn = lastCall((source: ViewData['control'], date: string, _history: unknown): ControlView =>
  source.on(date),
);

const NO_REPLY: ZoneReply = { answer: null, error: null };

/**
 * The view of `data` under `selection`, with the zone worker's `reply` and the settlements once they
 * are in; null while the data is loading.
 */
export function computeView(
  data: ViewData | null,
  selection: Selection,
  reply: ZoneReply = NO_REPLY,
  input: PeopleInput = {},
  compareReply: ZoneReply = NO_REPLY,
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
  const compare = compareView(data, selection, index, shownDate, control, historyUnavailable, compareReply);
  const zone = main.zone(terms, units, shownDate, scenario, selection.variantId, selection.buffer, reply);
  const result = main.result(data.areas, units, index, terms);
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
    result: zonedResult(main.zoned, result, units, zone),
    sets: main.sets(terms, units),
    control,
    plants: main.plants(data.context.plants, units, shownIndex, terms),
    people: main.people(
      input.settlements ?? null,
      units,
      terms,
      shownIndex,
      zone?.status === 'ready' ? zone.settlementIds : null,
    ),
    compare,
    carried: data.manifest.carried.includes(shownDate),
    needsHistory:
      (!historyUnavailable && selection.dateIndex < dates.length - 1) ||
      shownIndex < dates.length - 1 ||
      (!!compare && compare.result.referenceIndex < dates.length - 1),
    zone,
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
  reply: ZoneReply,
): CompareView | null {
  const scenario = data.scenarios.find((s) => s.id === compareId);
  if (!scenario) return null;
  const units = data.regions.unitProps;
  const terms = compared.terms(scenario, compareVariantId, NO_CUSTOM, historyUnavailable);
  const result = compared.result(data.areas, units, index, terms);
  const date = data.manifest.dates[result.referenceIndex];
  // As proposed: the zone's own width, never the reader's (which, like their toggles, is theirs alone).
  const zone = compared.zone(terms, units, date, scenario, compareVariantId, null, reply);
  return {
    scenario,
    terms,
    result: zonedResult(compared.zoned, result, units, zone),
    sets: compared.sets(terms, units),
    date,
    control: date === shownDate ? control : data.control.on(date),
    zone,
  };
}
