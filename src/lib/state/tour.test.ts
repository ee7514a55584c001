import { describe, expect, it } from 'vitest';
import { AppState } from './app.svelte.ts';
import { TourPlayer } from './tour.svelte.ts';
import { TourFileError } from '../tours/catalog.ts';

describe('TourPlayer with tours that cannot be read', () => {
  it('puts a notice on the page and leaves the page working, the link’s tour dropped', async () => {
    const app = new AppState('?scenario=claimed&tour=front-line-2022-2026&step=2');
    const bad = new TourFileError(
      'front-line-2022-2026.json',
      'steps.0.scenario: "x" is not in the scenario catalog',
    );
    const player = new TourPlayer(app, '?tour=front-line-2022-2026&step=2', () => Promise.reject(bad));
    expect(player.loaded).toBe(false);
    await player.load();
    expect(app.loadError).toBeNull();
    expect(app.notices).toEqual([{ kind: 'tours-failed', detail: bad.message }]);
    expect(player.loaded).toBe(true);
    expect(player.tour).toBeNull();
    expect(player.urlState).toEqual({ tour: null, step: 0 });
  });

  it('reads the tours once, however often they are asked for', async () => {
    let reads = 0;
    const player = new TourPlayer(new AppState(''), '', async () => {
      reads++;
      return [];
    });
    await Promise.all([player.load(), player.load()]);
    await player.load();
    expect(reads).toBe(1);
  });
});

describe('TourPlayer.wantsHistory', () => {
  const DATES = ['2025-02-11', '2025-04-17', '2026-08-22'];
  const wants = (search: string) => new TourPlayer(new AppState(search), search).wantsHistory(DATES);

  it('is false without a tour, and for a step on the newest day', async () => {
    expect(await wants('')).toBe(false);
    // Steps in links count from 1.
    expect(await wants('?tour=proposals&step=1')).toBe(false);
    expect(await wants('?tour=proposals&step=3')).toBe(false);
  });

  it('is true for a step on an older day', async () => {
    expect(await wants('?tour=front-line-2022-2026&step=1')).toBe(true);
    expect(await wants('?tour=proposals&step=4')).toBe(true);
  });

  it('is false when the tours cannot be read: the page goes on without them', async () => {
    const search = '?tour=proposals&step=4';
    const player = new TourPlayer(new AppState(search), search, () => Promise.reject(new Error('x')));
    expect(await player.wantsHistory(DATES)).toBe(false);
  });
});
