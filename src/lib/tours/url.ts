/**
 * Tour permalinks: pure parse and serialise of `tour=<id>&step=N`, N counted from 1 as readers do.
 * Nothing here throws: an unknown tour plays none and a bad step plays step 1, each with a notice,
 * in the manner of state/url.ts.
 */
import type { Tour } from './schema.ts';

/** The tour the URL asks for; `step` is 0-based, and 0 when there is no tour. */
export interface TourUrlState {
  tour: string | null;
  step: number;
}

/** A tour parameter that could not be honoured; rendered like UrlNotice's `bad-value`. */
export interface TourUrlNotice {
  kind: 'bad-value';
  param: 'tour' | 'step';
  value: string;
}

/** Tour id → number of steps. */
export type TourUrlContext = Readonly<Record<string, number>>;

export const tourUrlContext = (tours: readonly Tour[]): TourUrlContext =>
  Object.fromEntries(tours.map((t) => [t.id, t.steps.length]));

/** Parses a query string (with or without `?`). */
export function parseTourUrl(
  search: string,
  ctx: TourUrlContext,
): { state: TourUrlState; notices: TourUrlNotice[] } {
  const q = new URLSearchParams(search);
  const notices: TourUrlNotice[] = [];
  const tour = q.get('tour');
  const step = q.get('step');

  if (tour === null || !Object.hasOwn(ctx, tour)) {
    if (tour !== null) notices.push({ kind: 'bad-value', param: 'tour', value: tour });
    // A step without a tour means nothing; say so unless the tour's notice already covers it.
    else if (step !== null) notices.push({ kind: 'bad-value', param: 'step', value: step });
    return { state: { tour: null, step: 0 }, notices };
  }
  if (step === null) return { state: { tour, step: 0 }, notices };
  const n = /^\d+$/.test(step) ? Number(step) : NaN;
  if (n >= 1 && n <= ctx[tour]) return { state: { tour, step: n - 1 }, notices };
  notices.push({ kind: 'bad-value', param: 'step', value: step });
  return { state: { tour, step: 0 }, notices };
}

/**
 * Writes the tour into a query string, keeping every other parameter as it was; with no tour both
 * parameters are dropped. The step is always written so that a link names the slide it was made on.
 */
export function serialiseTourUrl(state: TourUrlState, keep = ''): string {
  const q = new URLSearchParams(keep);
  q.delete('tour');
  q.delete('step');
  if (state.tour !== null) {
    q.set('tour', state.tour);
    q.set('step', String(state.step + 1));
  }
  // Keep `view=…,…` and `custom=…:…` as readable as state/url.ts writes them.
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}
