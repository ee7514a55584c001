/**
 * The address of what is on screen: written to the address bar, and the one source of the links and
 * embed code the reader copies (location itself is not reactive, so those would fall behind).
 * Parameters the app does not own (`embed`, …) are kept from the address bar.
 */
import { URL_CONTEXT, type AppState } from '../state/app.svelte.ts';
import type { TourPlayer } from '../state/tour.svelte.ts';
import { dropParams, serialiseUrl, setFlag } from '../state/url.ts';
import { serialiseTourUrl } from '../tours/url.ts';

/** The absolute address of the view on screen, tour step and presentation mode included. */
export function permalinkOf(app: AppState, player: TourPlayer, present: boolean): string {
  const keep = serialiseTourUrl(player.urlState, setFlag(location.search, 'present', present));
  const q = serialiseUrl(app.urlState, URL_CONTEXT, keep);
  return new URL(`${location.pathname}${q}${location.hash}`, location.href).href;
}

/** The same view in the full app, for an embed's "open" link. */
export function fullAppHref(app: AppState): string {
  return `${location.pathname}${serialiseUrl(app.urlState, URL_CONTEXT, dropParams(location.search, ['embed']))}`;
}
