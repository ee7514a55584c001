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
