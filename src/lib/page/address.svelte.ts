/**
 * The address bar follows the view on screen (see links.ts for the address itself). Call during
 * component setup.
 */
import type { AppState } from '../state/app.svelte.ts';
import type { TourPlayer } from '../state/tour.svelte.ts';
import { AddressWriter } from '../state/address.ts';

/**
 * Keeps the address bar on `link()` once the data is in and a tour the link names has loaded (before
 * then the link's own parameters must not be written over). A play writes it once, when it stops.
 * Call during component setup; returns the writer, to flush when the page is left.
 */
export function writeAddress(app: AppState, player: TourPlayer, link: () => string): AddressWriter {
  const address = new AddressWriter((url) => history.replaceState(history.state, '', url));
  $effect(() => {
    if (!app.data || !player.loaded || app.playing) return;
    address.set(link());
  });
  return address;
}
