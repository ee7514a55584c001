/**
 * Playing a guided tour: which tour and step the reader is on (kept in the URL as `tour` and
 * `step`), and applying a step's scenario, date and camera to the app's state.
 */
import { parseTours } from '../tours/catalog.ts';
import { TOUR_FILES } from '../tours/files.ts';
import { clampStep, stepState } from '../tours/player.ts';
import type { Tour } from '../tours/schema.ts';
import { parseTourUrl, tourUrlContext, type TourUrlState } from '../tours/url.ts';
import { URL_CONTEXT, type AppState } from './app.svelte.ts';

/** The bundled tours; a bad file is reported like any other data error. */
function readTours(): { tours: Tour[]; error: string | null } {
  try {
    return { tours: parseTours(TOUR_FILES, URL_CONTEXT.scenarios), error: null };
  } catch (err) {
    return { tours: [], error: (err as Error).message };
  }
}
const TOURS = readTours();

export class TourPlayer {
  readonly tours = TOURS.tours;
  tourId = $state<string | null>(null);
  step = $state(0);
  tour = $derived(this.tours.find((t) => t.id === this.tourId) ?? null);
  current = $derived(this.tour ? stepState(this.tour, this.step) : null);
  urlState = $derived<TourUrlState>({ tour: this.tourId, step: this.step });

  /** Reads `tour` and `step` from the URL; the step is applied once data is there (`resume`). */
  constructor(
    private readonly app: AppState,
    search: string,
  ) {
    if (TOURS.error) app.loadError = TOURS.error;
    const { state, notices } = parseTourUrl(search, tourUrlContext(this.tours));
    this.tourId = state.tour;
    this.step = state.step;
    if (notices.length) app.notices = [...app.notices, ...notices];
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
