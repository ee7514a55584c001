/**
 * Playing the timeline: while `app.playing`, the date moves on the clock (state/play.ts), each step
 * waiting for the map to draw it, until the last day or the reader stops it. Call during component
 * setup.
 */
import { tick, untrack } from 'svelte';
import type { AppState } from '../state/app.svelte.ts';
import { play, PLAY_LIGHT_SCALE } from '../state/play.ts';

/** What the play needs of the maps (MapView). */
export interface PlayedMap {
  /** Resolves once the maps have drawn what they were last given. */
  settled(): Promise<void>;
  /** Draws at `scale` of the screen's resolution. */
  setResolution(scale: number): void;
}

/** @param map the maps, once there are any */
export function playWhilePlaying(app: AppState, map: () => PlayedMap | undefined): void {
  $effect(() => {
    if (!app.playing) return;
    const stop = play(
      untrack(() => app.dateIndex),
      app.dates.length - 1,
      {
        show: async (index) => {
          await app.wantHistory();
          app.dateIndex = index;
          await tick();
          await map()?.settled();
        },
        done: () => (app.playing = false),
        lighten: () => map()?.setResolution(PLAY_LIGHT_SCALE),
      },
    );
    return () => {
      stop();
      map()?.setResolution(1);
    };
  });
}
