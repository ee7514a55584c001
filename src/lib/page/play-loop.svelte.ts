/**
 * Playing the timeline: while `app.playing`, the date moves on the clock (state/play.ts), each step
 * waiting for the map to draw it, until the last day or the reader stops it. Call during component
 * setup.
 */
import { tick, untrack } from 'svelte';
import type { AppState } from '../state/app.svelte.ts';
import { play } from '../state/play.ts';

/** @param settled resolves once the map has drawn what it was last given (MapView.settled) */
export function playWhilePlaying(app: AppState, settled: () => Promise<void> | undefined): void {
  $effect(() => {
    if (!app.playing) return;
    return play(
      untrack(() => app.dateIndex),
      app.dates.length - 1,
      {
        show: async (index) => {
          await app.wantHistory();
          app.dateIndex = index;
          await tick();
          await settled();
        },
        done: () => (app.playing = false),
      },
    );
  });
}
