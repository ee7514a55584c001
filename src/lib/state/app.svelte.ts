/**
 * The app's state in runes: what the reader chose (date, scenario, language, camera) and everything
 * derived from it. Data is loaded once into `$state.raw` — it is large and never mutated — and every
 * figure is a `$derived`, so the table, map and URL cannot drift apart.
 */
import type { FeatureCollection, Point } from 'geojson';
import { loadData, loadHistory, loadSettlements, type AppData } from '../data/load.ts';
import { decodeContext, decodeRegions, type Context, type Regions } from '../data/decode.ts';
import { LABELLED_UNITS, type Manifest, type Areas, type Settlements } from '../data/types.ts';
import { labelCollection, type LabelProps } from '../geo/label-collection.ts';
import { DEFAULT_SCENARIO, orderCatalog, parseCatalog } from '../scenarios/catalog.ts';
import { SCENARIO_FILES } from '../scenarios/files.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { effectiveCustom, resolveTerms, type Custom } from '../scenarios/terms.ts';
import { computeView, isCustomised, scenarioOf, type BufferChoice, type ZoneReply } from './view.ts';
import { variantOf } from '../scenarios/terms.ts';
import { townFeatures } from '../map/towns.ts';
import { parseUrl, resolveDate, SPLIT, type Lang, type UrlContext, type UrlState, type View } from './url.ts';
import { ControlSource } from './control.svelte.ts';
import type { PageNotice } from './notices.ts';

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
    return { scenarios: parseCatalog(SCENARIO_FILES, { texts: 'apart' }), error: null };
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

function prepare(raw: AppData): Loaded {
  const regions = decodeRegions(raw.regions);
  const context = decodeContext(raw.context);
  return {
    manifest: raw.manifest,
    areas: raw.areas,
    control: new ControlSource(raw.latest, raw.manifest.dates, raw.history, raw.historyError),
    regions,
    context,
    labels: labelCollection(regions.unitProps, LABELLED_UNITS),
    scenarios: orderCatalog(CATALOG.scenarios, raw.areas, regions.unitProps),
  };
}

/** All state of one page. */
export class AppState {
  data = $state.raw<Loaded | null>(null);
  /** Why the page cannot show the map; a DataLoadError names its file. */
  loadError = $state.raw<Error | null>(null);
  /** GeoNames settlements (people figures, town labels): fetched after the first view, see wantSettlements. */
  settlements = $state.raw<Settlements | null>(null);
  /** Why the settlements could not be loaded; the rest of the page works without them. */
  settlementsError = $state.raw<Error | null>(null);
  private settlementsLoaded: Promise<Settlements> | null = null;
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
  /** A buffer zone's width the reader chose, for the scenario and reading it was chosen on. */
  buffer = $state.raw<BufferChoice | null>(null);
  /** What the zone worker last said (see page/zone-worker.svelte.ts). */
  zoneReply = $state.raw<ZoneReply>({ answer: null, error: null });
  /** The same for the compared scenario's zone. */
  compareZoneReply = $state.raw<ZoneReply>({ answer: null, error: null });
  lang = $state<Lang>('en');
  /** The camera as the reader left it (the URL's `view`). */
  camera = $state.raw<View | null>(null);
  /** A camera move asked for by the app (a tour step); a new object each time, so it always fires. */
  cameraRequest = $state.raw<View | null>(null);
  notices = $state.raw<PageNotice[]>([]);
  playing = $state(false);
  /** The date asked for (in the URL, or by a host page), until the data arrives to place it. */
  private requestedDate: string | null = null;
  /** The page's base URL, where the data files are. */
  private base = '';

  status = $derived<'loading' | 'ready' | 'error'>(
    this.loadError ? 'error' : this.data && this.mapShown ? 'ready' : 'loading',
  );
  dates = $derived(this.data?.manifest.dates ?? []);
  scenarios = $derived(this.data?.scenarios ?? CATALOG.scenarios);
  /** The chosen scenario (known before the data is in: the catalog is bundled). */
  scenario = $derived(scenarioOf(this.scenarios, this.scenarioId)!);
  /** Whether the reader's toggles change anything. */
  customised = $derived(isCustomised(this.custom));
  /** The chosen scenario's terms: its reading and the reader's toggles (view.terms is what is drawn). */
  terms = $derived(resolveTerms(this.scenario, this.variantId, this.custom));
  /** The compared scenario's terms, as proposed on its chosen reading; null for none. */
  compareTerms = $derived.by(() => {
    const compared = this.scenarios.find((s) => s.id === this.compareId);
    return compared ? resolveTerms(compared, this.compareVariantId) : null;
  });
  /** Everything the page shows (see view.ts); null until the data is in. */
  view = $derived(
    computeView(
      this.data,
      {
        dateIndex: this.dateIndex,
        scenarioId: this.scenarioId,
        variantId: this.variantId,
        custom: this.custom,
        compareId: this.compareId,
        compareVariantId: this.compareVariantId,
        buffer: this.buffer,
      },
      this.zoneReply,
      { settlements: this.settlements },
      this.compareZoneReply,
    ),
  );
  /** The towns the map labels as the reader zooms in; null until the settlements are in. */
  towns = $derived(
    this.settlements && this.data
      ? townFeatures(this.settlements.features, this.data.context.cities.features)
      : null,
  );
  urlState = $derived<UrlState>({
    scenario: this.scenarioId,
    variant: this.variantId,
    custom: this.custom,
    compare: this.compareId,
    compareVariant: this.compareVariantId,
    split: this.split,
    // Written whenever the view has a zone, so that a link names its width.
    buffer: this.view?.zone?.km ?? null,
    date: this.view?.date ?? null,
    view: this.camera,
    lang: this.lang,
  });

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
    if (state.buffer !== null) this.setBuffer(state.buffer);
    this.lang = state.lang;
    this.camera = state.view;
    this.notices = notices;
    this.requestedDate = state.date;
  }

  /**
   * Fetches and decodes the data, then places the requested date. The latest date (the default) needs
   * only its own geometry; the whole history comes when a reader reaches for time (`wantHistory`).
   * Any other date needs it up front, as does a scenario pinned to an earlier day; `opts.history`
   * says (and may wait to know) whether anything else needs it, such as a linked tour's step.
   * `opts.onData` runs as soon as the data is in.
   */
  async load(
    base: string,
    opts: { history?: (m: Manifest) => boolean | Promise<boolean>; onData?: () => void } = {},
  ): Promise<void> {
    if (CATALOG.error) {
      this.loadError = CATALOG.error;
      return;
    }
    this.base = base;
    try {
      const ref = this.scenario ? this.terms.reference : undefined;
      const pinsOldDay = !!ref && ref !== 'selected' && ref !== 'latest';
      const wantsHistory = async (m: Manifest) =>
        pinsOldDay ||
        resolveDate(m.dates, this.requestedDate).index < m.dates.length - 1 ||
        !!(await opts.history?.(m));
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
    return data.control.complete(() => loadHistory(this.base, data.manifest, data.areas));
  }

  /**
   * Fetches the settlements once: on the full page when it is idle after its first view, in an embed
   * when the reader zooms in to where towns are labelled, and for a buffer zone's worker. A failure is
   * kept and shown where they are needed; it does not stop the page. Null before the data is in.
   */
  wantSettlements(): Promise<Settlements> | null {
    const data = this.data;
    if (!data) return null;
    if (!this.settlementsLoaded) {
      this.settlementsLoaded = loadSettlements(this.base, data.manifest);
      this.settlementsLoaded.then(
        (s) => (this.settlements = s),
        (err: Error) => (this.settlementsError = err),
      );
    }
    return this.settlementsLoaded;
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
    // A new date answers the notices about the last one; the link's others (a bad value, a tour
    // step's) stay until dismissed.
    const aboutDate = (n: PageNotice) => n.kind === 'date-snapped' || ('param' in n && n.param === 'date');
    this.notices = [...this.notices.filter((n) => !aboutDate(n)), ...(notice ? [notice] : [])];
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

  /** Sets the buffer zone's width for the scenario and reading shown; another reading starts from its own. */
  setBuffer(km: number): void {
    const variant = this.scenario ? (variantOf(this.scenario, this.variantId)?.id ?? null) : null;
    this.buffer = { scenario: this.scenarioId, variant, km };
  }

  /** Removes one notice. */
  dismiss(notice: PageNotice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }
}
