/**
 * The app's state in runes: what the reader chose (date, scenario, language, camera) and everything
 * derived from it. Data is loaded once into `$state.raw` — it is large and never mutated — and every
 * figure is a `$derived`, so the table, map and URL cannot drift apart.
 */
import type { FeatureCollection, Point } from 'geojson';
import { loadData, loadHistory, type AppData } from '../data/load.ts';
import { decodeContext, decodeRegions, type Context, type Regions } from '../data/decode.ts';
import type { Manifest, Areas } from '../data/types.ts';
import { labelPoints, type LabelProps } from '../geo/label-points.ts';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO } from '../scenarios/builtin.ts';
import { evaluateScenario } from '../scenarios/evaluate.ts';
import { drawSets } from '../scenarios/draw.ts';
import { parseUrl, resolveDate, type Lang, type UrlNotice, type UrlState, type View } from './url.ts';
import { ControlSource } from './control.svelte.ts';
import { when } from './when.svelte.ts';

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
}

/** Context for parsing and writing the URL. */
export const URL_CONTEXT = {
  scenarios: BUILTIN_SCENARIOS.map((s) => s.id),
  defaultScenario: DEFAULT_SCENARIO,
};

const LABELLED = new Set(['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'ar_crimea', 'kursk']);

function prepare(raw: AppData): Loaded {
  const regions = decodeRegions(raw.regions);
  return {
    manifest: raw.manifest,
    areas: raw.areas,
    control: new ControlSource(raw.control, raw.manifest.dates.at(-1)!, raw.history),
    regions,
    context: decodeContext(raw.context),
    labels: labelPoints(regions.units.features.filter((f) => LABELLED.has(f.properties.id))),
  };
}

/** All state of one page. */
export class AppState {
  data = $state.raw<Loaded | null>(null);
  loadError = $state<string | null>(null);
  /** Set by the map once it shows the current state (WebGL or the static fallback). */
  mapShown = $state(false);

  dateIndex = $state(0);
  scenarioId = $state(DEFAULT_SCENARIO);
  lang = $state<Lang>('en');
  view = $state.raw<View | null>(null);
  notices = $state.raw<UrlNotice[]>([]);
  playing = $state(false);
  /** The date asked for in the URL, until the data arrives to place it. */
  private requestedDate: string | null = null;

  status = $derived<'loading' | 'ready' | 'error'>(
    this.loadError ? 'error' : this.data && this.mapShown ? 'ready' : 'loading',
  );
  dates = $derived(this.data?.manifest.dates ?? []);
  date = $derived(this.dates[this.dateIndex] ?? null);
  scenario = $derived(BUILTIN_SCENARIOS.find((s) => s.id === this.scenarioId) ?? BUILTIN_SCENARIOS[1]);
  result = $derived(
    this.data
      ? evaluateScenario(this.data.areas, this.data.regions.unitProps, this.dateIndex, this.scenario)
      : null,
  );
  sets = $derived(this.data ? drawSets(this.scenario, this.data.regions.unitProps) : null);
  /** The shown date's control geometry: decoded here, and only here, when the date changes. */
  control = $derived(this.data && this.date ? this.data.control.on(this.date) : null);
  carried = $derived(!!this.date && !!this.data?.manifest.carried.includes(this.date));
  urlState = $derived<UrlState>({
    scenario: this.scenarioId,
    date: this.date,
    view: this.view,
    lang: this.lang,
  });

  /** Reads the URL; the date is placed once data is loaded. */
  constructor(search: string) {
    const { state, notices } = parseUrl(search, URL_CONTEXT);
    this.scenarioId = state.scenario;
    this.lang = state.lang;
    this.view = state.view;
    this.notices = notices;
    this.requestedDate = state.date;
  }

  /**
   * Fetches and decodes the data, then places the requested date. The latest date (the default) needs
   * only its own geometry; the control history follows once the map shows, so it never slows the
   * first view. Any other date needs the history up front.
   */
  async load(base: string): Promise<void> {
    let loaded: Loaded;
    try {
      const wantsHistory = (m: Manifest) =>
        resolveDate(m.dates, this.requestedDate).index < m.dates.length - 1;
      loaded = prepare(await loadData(base, wantsHistory));
      const { index, notice } = resolveDate(loaded.manifest.dates, this.requestedDate);
      this.dateIndex = index;
      if (notice) this.notices = [...this.notices, notice];
      this.data = loaded;
    } catch (err) {
      this.loadError = err instanceof Error ? err.message : String(err);
      return;
    }
    await when(() => this.status === 'ready');
    await loaded.control.complete(() => loadHistory(base, loaded.manifest));
  }

  /** Moves to a date given as YYYY-MM-DD (from the date picker), snapping into the data. */
  setDate(iso: string): void {
    const { index, notice } = resolveDate(this.dates, iso);
    this.dateIndex = index;
    this.notices = notice ? [notice] : [];
  }

  /** Removes one notice. */
  dismiss(notice: UrlNotice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }
}
