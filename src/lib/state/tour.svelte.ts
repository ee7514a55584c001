/**
 * Playing a guided tour: which tour and step the reader is on (kept in the URL as `tour` and
 * `step`), and applying a step's scenario, date and camera to the app's state.
 */
import { clampStep, stepState } from '../tours/player.ts';
import { resolveTerms } from '../scenarios/terms.ts';
import type { Tour } from '../tours/schema.ts';
import { parseTourUrl, tourUrlContext, type TourUrlState } from '../tours/url.ts';
import { URL_CONTEXT, type AppState } from './app.svelte.ts';

/**
 * The tours ship in their own chunk, fetched beside the data: the first view does not wait for
 * their captions. A bad file (or a chunk that cannot be fetched) rejects, naming the file and field.
 */
export async function readTours(): Promise<Tour[]> {
  const [{ parseTours }, { TOUR_FILES }] = await Promise.all([
    import('../tours/catalog.ts'),
    import('../tours/files.ts'),
  ]);
  return parseTours(TOUR_FILES, URL_CONTEXT.scenarios);
}

export class TourPlayer {
  tours = $state.raw<Tour[]>([]);
  /** False while a tour named in the URL is still loading: the URL must not be written over then. */
  loaded = $state(true);
  /** Whether the URL names a tour, so the tours must load with the page. */
  readonly named: boolean;
  private loading: Promise<void> | null = null;
  tourId = $state<string | null>(null);
  step = $state(0);
  tour = $derived(this.tours.find((t) => t.id === this.tourId) ?? null);
  current = $derived(this.tour ? stepState(this.tour, this.step) : null);
  urlState = $derived<TourUrlState>({ tour: this.tourId, step: this.step });

  /**
   * @param search the page's query string, which may name a tour and step
   * @param read reads the tours (a test's stand-in)
   */
  constructor(
    private readonly app: AppState,
    private readonly search: string,
    private readonly read: () => Promise<Tour[]> = readTours,
  ) {
    this.named = /[?&](tour|step)=/.test(search);
    this.loaded = !this.named;
  }

  /**
   * Loads the tours (once) and reads `tour` and `step` from the URL; `resume` then applies the step.
   * Without a tour in the URL this waits until the reader opens the tour list.
   */
  load(): Promise<void> {
    this.loading ??= this.readTours();
    return this.loading;
  }

  /**
   * Reads the tours, then the link's tour and step. Tours that cannot be read are a notice, and the
   * page goes on without them (the link's tour is dropped from the address like any bad value).
   */
  private async readTours(): Promise<void> {
    const search = this.search;
    try {
      this.tours = await this.read();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.app.notices = [...this.app.notices, { kind: 'tours-failed', detail }];
      this.loaded = true;
      return;
    }
    const { state, notices } = parseTourUrl(search, tourUrlContext(this.tours));
    this.tourId = state.tour;
    this.step = state.step;
    if (notices.length) this.app.notices = [...this.app.notices, ...notices];
    this.loaded = true;
  }

  /**
   * Whether the step the URL names shows a day other than the newest of `dates` (its own date, or one
   * its scenario pins): then the whole history must come with the first view. Waits for the tours.
   */
  async wantsHistory(dates: readonly string[]): Promise<boolean> {
    if (!this.named) return false;
    await this.load();
    const s = this.current;
    if (!s) return false;
    const newest = dates.at(-1);
    if (s.date && s.date !== newest) return true;
    const scenario = this.app.scenarios.find((x) => x.id === s.scenario);
    const ref = scenario ? resolveTerms(scenario, s.variant).reference : 'selected';
    return ref !== 'selected' && ref !== 'latest' && ref !== newest;
  }

  /** Shows the step the URL named, after the data has loaded. */
  resume(): void {
    if (this.tour) this.go(this.step);
  }

  /** Starts a tour from its first step. */
  start(id: string): void {
    this.tourId = id;
    this.go(0);
  }

  /** Moves to a step and shows what it asks for. */
  go(index: number): void {
    if (!this.tour) return;
    this.step = clampStep(this.tour, index);
    const s = stepState(this.tour, this.step);
    const app = this.app;
    app.setScenario(s.scenario);
    app.variantId = s.variant;
    app.custom = {};
    app.playing = false;
    if (app.dates.length) app.setDate(s.date ?? app.dates[app.dates.length - 1]);
    if (s.view) app.cameraRequest = { ...s.view };
  }

  end(): void {
    this.tourId = null;
    this.step = 0;
  }
}
