/**
 * Playing a tour: which step is shown and what it asks the app to show, and the keys of the
 * classroom's presentation mode. Pure: the app applies the results to its state.
 */
import type { View } from '../state/url.ts';
import type { Tour, TourSource, TourStep } from './schema.ts';

/** What one step asks the app to show. */
export interface StepState {
  /** 0-based, always a step of the tour. */
  index: number;
  total: number;
  first: boolean;
  last: boolean;
  scenario: string;
  /** Null for the scenario's first variant. */
  variant: string | null;
  /** Null means the latest date in the data, as in UrlState. */
  date: string | null;
  /** Null keeps the reader's camera. */
  view: View | null;
  caption: TourStep['caption'];
  sources: readonly TourSource[];
}

/** The nearest step to `index`; anything not a number lands on the first. */
export function clampStep(tour: Tour, index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), tour.steps.length - 1);
}

export function stepState(tour: Tour, index: number): StepState {
  const i = clampStep(tour, index);
  const step = tour.steps[i];
  return {
    index: i,
    total: tour.steps.length,
    first: i === 0,
    last: i === tour.steps.length - 1,
    scenario: step.scenario,
    variant: step.variant ?? null,
    date: step.date === 'latest' ? null : step.date,
    view: step.view ?? null,
    caption: step.caption,
    sources: step.sources ?? [],
  };
}

/** The following step; the last stays the last. */
export const next = (tour: Tour, index: number): number => clampStep(tour, clampStep(tour, index) + 1);

/** The preceding step; the first stays the first. */
export const prev = (tour: Tour, index: number): number => clampStep(tour, clampStep(tour, index) - 1);

/** What presentation mode knows when a key is pressed. */
export interface PresenterContext {
  /** The tour being played, or null when presenting without one: then the slider's stops are the steps. */
  tour: Tour | null;
  /** Current step of `tour` (ignored without a tour). */
  step: number;
  /** Scenario ids in slider order. */
  scenarios: readonly string[];
  /** The scenario shown. */
  scenario: string;
}

export type PresenterAction =
  | { kind: 'step'; index: number }
  | { kind: 'scenario'; id: string }
  | { kind: 'toggle-play' }
  | { kind: 'toggle-fullscreen' }
  | { kind: 'leave' };

/** Moves `by` stops along the slider from `ctx.scenario`, clamped to its ends. */
function alongSlider(ctx: PresenterContext, by: 1 | -1): PresenterAction | null {
  if (ctx.scenarios.length === 0) return null;
  const at = Math.max(ctx.scenarios.indexOf(ctx.scenario), 0);
  const to = Math.min(Math.max(at + by, 0), ctx.scenarios.length - 1);
  return { kind: 'scenario', id: ctx.scenarios[to] };
}

function move(ctx: PresenterContext, by: 1 | -1): PresenterAction | null {
  if (!ctx.tour) return alongSlider(ctx, by);
  return { kind: 'step', index: by === 1 ? next(ctx.tour, ctx.step) : prev(ctx.tour, ctx.step) };
}

/**
 * Maps a `KeyboardEvent.key` to an action of presentation mode, or null for keys it leaves to the
 * browser. A step past either end stays where it is rather than returning null, so that the caller
 * still swallows the key (PageDown would otherwise scroll the page). The caller skips key presses
 * with Ctrl, Alt or Meta and those typed into form fields.
 */
export function presenterAction(key: string, ctx: PresenterContext): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return move(ctx, 1);
    case 'ArrowLeft':
    case 'PageUp':
      return move(ctx, -1);
    case ' ':
      return { kind: 'toggle-play' };
    case 'f':
    case 'F':
      return { kind: 'toggle-fullscreen' };
    case 'Escape':
      return { kind: 'leave' };
  }
  // 1–9 pick the first nine stops, 0 the last (Russia's claim), however many there are between.
  if (/^[0-9]$/.test(key)) {
    const id = key === '0' ? ctx.scenarios.at(-1) : ctx.scenarios[Number(key) - 1];
    return id === undefined ? null : { kind: 'scenario', id };
  }
  return null;
}
