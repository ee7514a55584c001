/**
 * Playing the history. The play runs on the clock, not by a fixed step: a fast renderer shows about
 * every other day and plays the whole war in under 30 s. A slow one (software WebGL) skips days, but
 * never more than two weeks at once, or the front would jump; so it plays more slowly instead. After
 * each picture the play rests until the page has been live long enough that the map's pictures took
 * at most `PLAY_MAP_SHARE` of its time, so the pause button, the slider and the date stay live. A
 * renderer that slow also draws the play at a lower resolution (`PLAY_LIGHT_SCALE`), as games and 3D
 * viewers do while things move: it shows about twice the dates a second, and the map is sharp again
 * the moment the play stops.
 */

/** How fast the history plays: the whole war (about 1,600 days) in under 30 s. */
export const PLAY_DAYS_PER_SECOND = 56;
/** The most days one picture of the play moves on. */
export const PLAY_MAX_STEP = 14;
/**
 * The most of the page's time a play's pictures may freeze it. Below one half, so that a page frozen
 * for whole frames at a time still shows over 30 frames a second.
 */
export const PLAY_MAP_SHARE = 0.45;
/**
 * A picture that froze the page longer than this (ms, three frames) comes from a slow renderer.
 * A graphics card draws the map in a few milliseconds and never gets near it.
 */
export const PLAY_SLOW_MS = 50;
/**
 * The share of the screen's resolution a slow renderer plays at. Software WebGL pays for pixels as
 * well as vertices: at 0.6 (about a third of the pixels) a picture costs about two thirds.
 */
export const PLAY_LIGHT_SCALE = 0.6;
/** One frame of a 60 Hz screen, ms. */
const FRAME_MS = 1000 / 60;

/**
 * The date index due `elapsedMs` after playing from `from`, when `shown` is on the map: at most
 * `PLAY_MAX_STEP` days on from it, and at most `last`.
 */
export function dueIndex(from: number, shown: number, last: number, elapsedMs: number): number {
  const onTime = from + Math.floor((elapsedMs / 1000) * PLAY_DAYS_PER_SECOND);
  return Math.min(last, shown + PLAY_MAX_STEP, onTime);
}

/**
 * How long the page was frozen over a run of frame times (ms, ascending; the first is when the run
 * began): whatever each gap took beyond one frame.
 */
export function frozenMs(times: readonly number[]): number {
  let frozen = 0;
  for (let i = 1; i < times.length; i++) frozen += Math.max(0, times[i] - times[i - 1] - FRAME_MS);
  return frozen;
}

/**
 * The rest after a picture that took `elapsedMs` and froze the page for `frozen` of them: until the
 * frozen time is `PLAY_MAP_SHARE` of the whole.
 */
export function restMs(elapsedMs: number, frozen: number): number {
  return Math.max(0, frozen / PLAY_MAP_SHARE - elapsedMs);
}

/** What the play needs of the page: time, animation frames and timers (a fake one in tests). */
export interface PlayClock {
  now(): number;
  /** Resolves with the time of the next animation frame. */
  frame(): Promise<number>;
  sleep(ms: number): Promise<void>;
}

export const browserClock: PlayClock = {
  now: () => performance.now(),
  frame: () => new Promise((resolve) => requestAnimationFrame(resolve)),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What a play shows and tells. */
export interface PlayHost {
  /** Shows a date index; resolves once the map has drawn it. */
  show(index: number): Promise<void>;
  /** The last date has been shown. */
  done(): void;
  /**
   * Pictures are slow: draw the rest of the play at `PLAY_LIGHT_SCALE` of the resolution. Asked at
   * most once a play; the host draws at full resolution again when the play stops.
   */
  lighten(): void;
}

/** Plays from `from` to `last`. Returns a function that stops the play; after it, nothing is shown. */
export function play(
  from: number,
  last: number,
  host: PlayHost,
  clock: PlayClock = browserClock,
): () => void {
  let stopped = false;
  let lightened = false;
  // Every frame's time, to tell how long each picture froze the page.
  const frames: number[] = [];
  void (async () => {
    while (!stopped) frames.push(await clock.frame());
  })();
  void (async () => {
    const start = clock.now();
    let shown = from;
    while (shown < last) {
      const due = dueIndex(from, shown, last, clock.now() - start);
      if (due === shown) {
        await clock.frame();
        if (stopped) return;
        continue;
      }
      const asked = clock.now();
      frames.length = 0;
      await host.show(due);
      // The picture reaches the screen as the next frame begins.
      const onScreen = await clock.frame();
      if (stopped) return;
      shown = due;
      const frozen = frozenMs([asked, ...frames.filter((t) => t < onScreen), onScreen]);
      if (frozen > PLAY_SLOW_MS && !lightened) {
        lightened = true;
        host.lighten();
      }
      await clock.sleep(restMs(onScreen - asked, frozen));
      if (stopped) return;
    }
    stopped = true;
    host.done();
  })();
  return () => {
    stopped = true;
  };
}

/**
 * Play or pause, from date index `index` of days 0…`last`: playing from the last day starts again
 * from the first. The play button and the presenter's Space key both go through here.
 */
export function togglePlay(
  index: number,
  last: number,
  playing: boolean,
): { index: number; playing: boolean } {
  return { index: !playing && index >= last ? 0 : index, playing: !playing };
}
