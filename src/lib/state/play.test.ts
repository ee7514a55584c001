import { describe, expect, it } from 'vitest';
import {
  dueIndex,
  frozenMs,
  play,
  PLAY_DAYS_PER_SECOND,
  PLAY_LIGHT_SCALE,
  PLAY_MAP_SHARE,
  PLAY_MAX_STEP,
  PLAY_SLOW_MS,
  restMs,
  togglePlay,
  type PlayClock,
} from './play.ts';

const FRAME = 1000 / 60;

describe('play timing', () => {
  it('is due by the clock, never far from the day shown, and stops at the last day', () => {
    expect(dueIndex(10, 10, 1000, 0)).toBe(10);
    expect(dueIndex(10, 60, 1000, 1000)).toBe(10 + PLAY_DAYS_PER_SECOND);
    expect(dueIndex(10, 10, 1000, 1000)).toBe(10 + PLAY_MAX_STEP);
    expect(dueIndex(10, 95, 100, 60_000)).toBe(100);
  });

  it('counts only what gaps take beyond a frame as frozen', () => {
    expect(frozenMs([0, FRAME, 2 * FRAME])).toBeCloseTo(0);
    expect(frozenMs([0, 200, 200 + FRAME])).toBeCloseTo(200 - FRAME);
  });

  it('rests until the frozen time is its share of the whole', () => {
    expect(restMs(200 / PLAY_MAP_SHARE, 200)).toBeCloseTo(0);
    expect(restMs(250, 200)).toBeCloseTo(200 / PLAY_MAP_SHARE - 250);
    expect(restMs(1500, 300)).toBe(0);
  });
});

/**
 * A page on a 60 Hz screen, simulated: frames and timers fire in time order, and nothing runs while
 * the page is frozen. Showing a date draws it at the next frame, which then freezes the page for
 * `drawMs` (a software renderer's readback).
 */
class FakePage implements PlayClock {
  t = 0;
  frozenUntil = 0;
  frozenTotal = 0;
  shown: { index: number; at: number }[] = [];
  done = false;
  /** Times the play asked for lighter pictures. */
  lightened = 0;
  private events: { at: number; frame: boolean; resolve: (t: number) => void }[] = [];
  constructor(
    private drawMs: number,
    private readonly lightMs = drawMs,
  ) {}

  now = () => this.t;
  frame = () =>
    new Promise<number>((resolve) => this.events.push({ at: this.vsync(this.t), frame: true, resolve }));
  sleep = (ms: number) =>
    new Promise<void>((resolve) =>
      this.events.push({ at: this.t + ms, frame: false, resolve: () => resolve() }),
    );
  show = async (index: number) => {
    this.shown.push({ index, at: this.t });
    const drawnAt = await this.frame();
    this.frozenTotal += this.drawMs;
    this.frozenUntil = drawnAt + this.drawMs;
  };
  lighten = () => {
    this.lightened++;
    this.drawMs = this.lightMs;
  };
  /** This page as the play's host. */
  get host() {
    return { show: this.show, done: () => (this.done = true), lighten: this.lighten };
  }

  private vsync(after: number): number {
    return (Math.floor(after / FRAME + 1e-9) + 1) * FRAME;
  }

  async run(limitMs: number): Promise<void> {
    while (!this.done && this.t < limitMs && this.events.length) {
      this.events.sort((a, b) => a.at - b.at);
      const e = this.events.shift()!;
      if (e.at < this.frozenUntil) {
        this.events.push({ ...e, at: e.frame ? this.vsync(this.frozenUntil) : this.frozenUntil });
        continue;
      }
      this.t = e.at;
      e.resolve(this.t);
      await new Promise((r) => setImmediate(r));
    }
  }
}

/** Plays 0 to `last` to the end; returns the date indices shown. */
async function playWhole(page: FakePage, last: number): Promise<number[]> {
  play(0, last, page.host, page);
  await page.run(120_000);
  const indices = page.shown.map((s) => s.index);
  expect(page.done).toBe(true);
  expect(indices.at(-1)).toBe(last);
  return indices;
}

describe('play', () => {
  it('with a fast renderer shows nearly every day and ends on the last on time', async () => {
    const page = new FakePage(0);
    const indices = await playWhole(page, 560);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(indices.length).toBeGreaterThan(560 / 3);
    expect(page.t).toBeGreaterThan(9_900);
    expect(page.t).toBeLessThan(10_200);
  });

  it('with a slow renderer skips up to two weeks and leaves the page live most of the time', async () => {
    const page = new FakePage(200);
    const indices = await playWhole(page, 560);
    expect(indices.length).toBeGreaterThanOrEqual(560 / PLAY_MAX_STEP);
    expect(indices.length).toBeLessThanOrEqual(560 / PLAY_MAX_STEP + 2);
    expect(indices.every((i, n) => i - (indices[n - 1] ?? 0) <= PLAY_MAX_STEP)).toBe(true);
    expect(page.frozenTotal / page.t).toBeLessThanOrEqual(PLAY_MAP_SHARE);
  });

  it('asks a slow renderer once for lighter pictures, and then shows more dates a second', async () => {
    const heavy = new FakePage(150);
    const light = new FakePage(150, 150 * PLAY_LIGHT_SCALE);
    await playWhole(heavy, 560);
    await playWhole(light, 560);
    expect(heavy.lightened).toBe(1);
    expect(light.lightened).toBe(1);
    expect(light.shown.length / light.t).toBeGreaterThan((heavy.shown.length / heavy.t) * 1.3);
  });

  it('never asks a renderer that draws within a few frames for lighter pictures', async () => {
    const page = new FakePage(PLAY_SLOW_MS - 20);
    await playWhole(page, 560);
    expect(page.lightened).toBe(0);
  });

  it('shows nothing more once stopped', async () => {
    const page = new FakePage(0);
    const stop = play(0, 560, page.host, page);
    await page.run(1000);
    stop();
    const count = page.shown.length;
    await page.run(20_000);
    expect(page.shown.length).toBe(count);
    expect(page.done).toBe(false);
  });
});

describe('togglePlay', () => {
  it('plays from the first day when on the last, as the play button and the Space key both do', () => {
    expect(togglePlay(1601, 1601, false)).toEqual({ index: 0, playing: true });
    expect(togglePlay(300, 1601, false)).toEqual({ index: 300, playing: true });
    // Pausing on the last day stays there.
    expect(togglePlay(1601, 1601, true)).toEqual({ index: 1601, playing: false });
    expect(togglePlay(300, 1601, true)).toEqual({ index: 300, playing: false });
  });
});
