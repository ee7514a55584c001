/**
 * The address of what is on screen: written to the address bar, and the one source of the links and
 * embed code the reader copies (location itself is not reactive, so those would fall behind).
 * Parameters the app does not own (`embed`, …) are kept from the address bar.
 */
import { URL_CONTEXT, type AppState } from '../state/app.svelte.ts';
import type { TourPlayer } from '../state/tour.svelte.ts';
import { dropParams, serialiseUrl, setFlag } from '../state/url.ts';
import { serialiseTourUrl } from '../tours/url.ts';

/**
 * `href` with its query replaced by `search`, on the same host whatever its path: a path that starts
 * with `//` (which nginx serves as `/`) read as a URL would name another host.
 */
export function withSearch(href: string, search: string): string {
  const url = new URL(href);
  url.search = search;
  return url.href;
}

/** The absolute address of the view on screen, tour step and presentation mode included. */
export function permalinkOf(app: AppState, player: TourPlayer, present: boolean): string {
  const keep = serialiseTourUrl(player.urlState, setFlag(location.search, 'present', present));
  return withSearch(location.href, serialiseUrl(app.urlState, URL_CONTEXT, keep));
}

/** The same view in the full app, for an embed's "open" link. */
export function fullAppHref(app: AppState): string {
  const search = serialiseUrl(app.urlState, URL_CONTEXT, dropParams(location.search, ['embed']));
  const url = new URL(withSearch(location.href, search));
  url.hash = '';
  return url.href;
}
