/**
 * The app's state in runes: what the reader chose (date, scenario, language, camera) and everything
 * derived from it. Data is loaded once into `$state.raw` — it is large and never mutated — and every
 * figure is a `$derived`, so the table, map and URL cannot drift apart.
 */
import type { FeatureCollection, Point } from 'geojson';
import { loadData, loadHistory, type AppData } from '../data/load.ts';
import { decodeContext, decodeRegions, type Context, type Regions } from '../data/decode.ts';
import type { Manifest, Areas } from '../data/types.ts';
import { labelCollection, type LabelProps } from '../geo/label-collection.ts';
import { DEFAULT_SCENARIO, orderCatalog, parseCatalog } from '../scenarios/catalog.ts';
import { SCENARIO_FILES } from '../scenarios/files.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { evaluateScenario, referenceIndex } from '../scenarios/evaluate.ts';
import { drawSets } from '../scenarios/draw.ts';
import { effectiveCustom, resolveTerms, variantOf, type Custom, type Terms } from '../scenarios/terms.ts';
import { plantSides } from '../scenarios/assets.ts';
import {
  parseUrl,
  resolveDate,
  SPLIT,
  type Lang,
  type UrlContext,
  type UrlNotice,
  type UrlState,
  type View,
} from './url.ts';
import { ControlSource } from './control.svelte.ts';

/** Loaded and decoded data; only the control history stays encoded, decoded a date at a time. */
export interface Loaded {
  manifest: Manifest;
  areas: Areas;
  /** Control geometry by date; the whole history may arrive after the first view. */
  control: ControlSource;
  regions: Regions;
  context: Context;
  /** Where to write the focus regions' names. */
  labels: FeatureCollection<Point, LabelProps>;
  /** The scenario catalog in slider order. */
  scenarios: Scenario[];
}

/** The catalog as bundled; a bad file is reported by `load`, as any other data error. */
function readCatalog(): { scenarios: Scenario[]; error: Error | null } {
  try {
    return { scenarios: parseCatalog(SCENARIO_FILES), error: null };
  } catch (err) {
    return { scenarios: [], error: err as Error };
  }
}
const CATALOG = readCatalog();

/** Context for parsing and writing the URL. */
export const URL_CONTEXT: UrlContext = {
  scenarios: Object.fromEntries(CATALOG.scenarios.map((s) => [s.id, (s.variants ?? []).map((x) => x.id)])),
  defaultScenario: DEFAULT_SCENARIO,
};

const LABELLED = new Set(['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'ar_crimea', 'kursk']);

function prepare(raw: AppData): Loaded {
  const regions = decodeRegions(raw.regions);
  const context = decodeContext(raw.context);
  return {
    manifest: raw.manifest,
    areas: raw.areas,
    control: new ControlSource(raw.latest, raw.manifest.dates, raw.history, raw.historyError),
    regions,
    context,
    labels: labelCollection(regions.unitProps, LABELLED),
    scenarios: orderCatalog(CATALOG.scenarios, raw.areas, regions.unitProps),
  };
}

/** All state of one page. */
export class AppState {
  data = $state.raw<Loaded | null>(null);
  /** Why the page cannot show the map; a DataLoadError names its file. */
  loadError = $state.raw<Error | null>(null);
  /** Set by the map once it shows the current state (WebGL or the static fallback). */
  mapShown = $state(false);

  dateIndex = $state(0);
  scenarioId = $state(DEFAULT_SCENARIO);
  /** Reading of the scenario's open terms; null for its first. */
  variantId = $state<string | null>(null);
  /** The reader's own toggles on top of the scenario. */
  custom = $state.raw<Custom>({});
  /** A second scenario to compare with, as proposed (no toggles); may be this one; null for none. */
  compareId = $state<string | null>(null);
  /** Reading of the compared scenario's open terms; null for its first. */
  compareVariantId = $state<string | null>(null);
  /** Compare divider, % of the map's width from the left. */
  split = $state<number>(SPLIT.default);
  lang = $state<Lang>('en');
  view = $state.raw<View | null>(null);
  /** A camera move asked for by the app (a tour step); a new object each time, so it always fires. */
  cameraRequest = $state.raw<View | null>(null);
  notices = $state.raw<UrlNotice[]>([]);
  playing = $state(false);
  /** The date asked for (in the URL, or by a host page), until the data arrives to place it. */
  private requestedDate: string | null = null;
  /** The page's base URL, where the data files are. */
  private base = '';

  status = $derived<'loading' | 'ready' | 'error'>(
    this.loadError ? 'error' : this.data && this.mapShown ? 'ready' : 'loading',
  );
  dates = $derived(this.data?.manifest.dates ?? []);
  /**
   * The history could not be loaded: the page stays on the latest day, the only one the map can draw,
   * so that no figure, export or link speaks of a day the map does not show.
   */
  historyUnavailable = $derived(!!this.data?.control.error);
  /** The date index shown: the slider's, or the latest while the history is unavailable. */
  index = $derived(this.historyUnavailable ? this.dates.length - 1 : this.dateIndex);
  date = $derived(this.dates[this.index] ?? null);
  scenarios = $derived(this.data?.scenarios ?? CATALOG.scenarios);
  scenario = $derived(this.scenarios.find((s) => s.id === this.scenarioId) ?? this.scenarios[1]);
  variant = $derived(this.scenario ? variantOf(this.scenario, this.variantId) : null);
  terms = $derived(
    this.scenario ? this.drawable(resolveTerms(this.scenario, this.variantId, this.custom)) : null,
  );
  /** Whether the reader's toggles change anything. */
  customised = $derived(Object.keys(this.custom).length > 0);
  /** Whether the view is Russia's annexation claim as such (toggles make it the reader's own scenario). */
  isClaim = $derived(this.scenarioId === 'claimed' && !this.customised);
  /** The day whose line the scenario is measured against: the slider's, or one the scenario pins. */
  shownIndex = $derived(
    this.terms ? referenceIndex(this.dates, this.index, this.terms.reference) : this.index,
  );
  shownDate = $derived(this.dates[this.shownIndex] ?? null);
  /** The pinned day, when the scenario does not follow the slider. */
  pinnedDate = $derived(this.terms && this.terms.reference !== 'selected' ? this.shownDate : null);
  result = $derived(
    this.data && this.terms
      ? evaluateScenario(this.data.areas, this.data.regions.unitProps, this.index, this.terms)
      : null,
  );
  sets = $derived(this.data && this.terms ? drawSets(this.terms, this.data.regions.unitProps) : null);
  /** The shown date's control geometry: decoded here, and only here, when the date changes. */
  control = $derived(this.data && this.shownDate ? this.data.control.on(this.shownDate) : null);
  plants = $derived(
    this.data && this.control && this.terms
      ? plantSides(this.data.context.plants, this.data.regions.unitProps, this.shownIndex, this.terms)
      : [],
  );
  compareScenario = $derived(this.scenarios.find((s) => s.id === this.compareId) ?? null);
  compareTerms = $derived(
    this.compareScenario ? this.drawable(resolveTerms(this.compareScenario, this.compareVariantId)) : null,
  );
  compareResult = $derived(
    this.data && this.compareTerms
      ? evaluateScenario(this.data.areas, this.data.regions.unitProps, this.index, this.compareTerms)
      : null,
  );
  /** What the compare map draws: its sets, and its own line when it pins another day. */
  compareSide = $derived.by(() => {
    if (!this.data || !this.compareTerms || !this.compareResult || !this.control || !this.compareScenario)
      return null;
    const date = this.dates[this.compareResult.referenceIndex];
    return {
      sets: drawSets(this.compareTerms, this.data.regions.unitProps),
      date,
      control: date === this.shownDate ? this.control : this.data.control.on(date),
      scenario: this.compareScenario,
    };
  });
  /** Whether what is asked for shows a day other than the latest: then the whole history is needed. */
  needsHistory = $derived(
    !!this.data &&
      (this.shownIndex < this.dates.length - 1 ||
        (!!this.compareResult && this.compareResult.referenceIndex < this.dates.length - 1)),
  );
  carried = $derived(!!this.shownDate && !!this.data?.manifest.carried.includes(this.shownDate));
  urlState = $derived<UrlState>({
    scenario: this.scenarioId,
    variant: this.variantId,
    custom: this.custom,
    compare: this.compareId,
    compareVariant: this.compareVariantId,
    split: this.split,
    date: this.date,
    view: this.view,
    lang: this.lang,
  });

  /** Terms the map can draw: while the history is unavailable, pinned to the latest day instead of an earlier one. */
  private drawable(terms: Terms): Terms {
    return this.historyUnavailable && terms.reference !== 'selected'
      ? { ...terms, reference: 'latest' }
      : terms;
  }

  /** Reads the URL; the date is placed once data is loaded. */
  constructor(search: string) {
    const { state, notices } = parseUrl(search, URL_CONTEXT);
    this.scenarioId = state.scenario;
    this.variantId = state.variant;
    // A link's toggles that repeat the scenario change nothing: the view is the scenario itself.
    this.setCustom(state.custom);
    this.compareId = state.compare;
    this.compareVariantId = state.compareVariant;
    this.split = state.split;
    this.lang = state.lang;
    this.view = state.view;
    this.notices = notices;
    this.requestedDate = state.date;
  }

  /**
   * Fetches and decodes the data, then places the requested date. The latest date (the default) needs
   * only its own geometry; the whole history comes when a reader reaches for time (`wantHistory`).
   * Any other date needs it up front, as do a scenario pinned to an earlier day and (`opts.history`)
   * a tour named in the link. `opts.onData` runs as soon as the data is in.
   */
  async load(base: string, opts: { history?: boolean; onData?: () => void } = {}): Promise<void> {
    if (CATALOG.error) {
      this.loadError = CATALOG.error;
      return;
    }
    this.base = base;
    try {
      const ref = this.terms?.reference;
      const pinsOldDay = !!ref && ref !== 'selected' && ref !== 'latest';
      const wantsHistory = (m: Manifest) =>
        !!opts.history || pinsOldDay || resolveDate(m.dates, this.requestedDate).index < m.dates.length - 1;
      const loaded = prepare(await loadData(base, wantsHistory));
      const { index, notice } = resolveDate(loaded.manifest.dates, this.requestedDate);
      this.dateIndex = index;
      if (notice) this.notices = [...this.notices, notice];
      this.data = loaded;
      opts.onData?.();
    } catch (err) {
      this.loadError = err instanceof Error ? err : new Error(String(err));
    }
  }

  /**
   * Fetches the whole history unless it is here or on its way: a reader reached for time (the date
   * controls, play, a tour), or the full page is idle after its first view.
   */
  wantHistory(): Promise<void> {
    const data = this.data;
    if (!data) return Promise.resolve();
    return data.control.complete(() => loadHistory(this.base, data.manifest));
  }

  /**
   * Moves to a date given as YYYY-MM-DD (from the date picker or a host page), snapping into the
   * data. Before the data is in, it becomes the date `load` places, in place of the URL's.
   */
  setDate(iso: string): void {
    if (!this.data) {
      this.requestedDate = iso;
      return;
    }
    const { index, notice } = resolveDate(this.dates, iso);
    this.dateIndex = index;
    this.notices = notice ? [notice] : [];
  }

  /** Chooses a scenario; the reader's toggles and the variant start afresh from it. */
  setScenario(id: string): void {
    if (id === this.scenarioId) return;
    this.scenarioId = id;
    this.variantId = null;
    this.custom = {};
  }

  /** Chooses the scenario to compare with (null for none), on its first reading unless one is given. */
  setCompare(id: string | null, variant: string | null = null): void {
    this.compareId = id;
    this.compareVariantId = id ? variant : null;
  }

  /** Sets the reader's toggles, keeping only those that differ from the scenario. */
  setCustom(custom: Custom): void {
    if (this.scenario) this.custom = effectiveCustom(this.scenario, this.variantId, custom);
  }

  /** Removes one notice. */
  dismiss(notice: UrlNotice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }
}
