/**
 * When the page fetches the whole control history: at once when a day other than the latest is asked
 * for (a link's date, a pinned scenario, the compare side); on the full page also once the browser is
 * idle after the first view, while an embed waits for a reader to ask. Call during component setup.
 */
import type { AppState } from '../state/app.svelte.ts';

export function fetchHistoryWhenWanted(app: AppState, embed: boolean): void {
  $effect(() => {
    if (app.view?.needsHistory) void app.wantHistory();
  });
  $effect(() => {
    if (embed || app.status !== 'ready') return;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const id = idle(() => void app.wantHistory(), { timeout: 5000 });
    return () => cancel(id);
  });
}
