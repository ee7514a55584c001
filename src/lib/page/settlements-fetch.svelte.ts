/**
 * When the page fetches the settlements (people figures, town labels): on the full page once the
 * browser is idle after the first view; in an embed, which shows no people table, only once the
 * reader zooms in to where towns are labelled, so that an embed left alone stays within its budget.
 * Call during component setup.
 */
import type { AppState } from '../state/app.svelte.ts';
import { TOWNS_MINZOOM } from '../map/towns.ts';

export function fetchSettlementsWhenWanted(app: AppState, embed: boolean): void {
  $effect(() => {
    if (app.status !== 'ready') return;
    if (embed) {
      if ((app.camera?.zoom ?? 0) >= TOWNS_MINZOOM) app.wantSettlements();
      return;
    }
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const id = idle(() => app.wantSettlements(), { timeout: 5000 });
    return () => cancel(id);
  });
}
