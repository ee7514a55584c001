/** ControlSource's behaviour; its reactivity is Svelte's (the e2e tests watch the history arrive). */
import { describe, expect, it, vi } from 'vitest';
import { ControlSource } from './control.svelte.ts';
import { ControlHistory } from '../data/history.ts';
import { historyOf, piece } from '../../../test/fixtures/history.ts';
import { unitSquare } from '../../../test/fixtures/squares.ts';

const DATES = ['2024-01-01', '2024-01-02'];
// Day 1 a square at x = 0, day 2 one at x = 3.
const full = new ControlHistory(
  historyOf([[piece('donetsk', 'ru', unitSquare(0, 0))], [piece('donetsk', 'ru', unitSquare(3, 0))]]),
);
const latest = new ControlHistory(historyOf([[], [piece('donetsk', 'ru', unitSquare(3, 0))]]));
const xOf = (s: ControlSource, date: string) =>
  Math.min(...s.on(date).pieces.features.flatMap((f) => f.geometry.coordinates.flat(2).map((p) => p[0])));

describe('ControlSource', () => {
  it('stands in the latest date for others until the history arrives, then gives every date from it', async () => {
    const s = new ControlSource(latest, DATES);
    expect(s.on('2024-01-01')).toBe(s.latest);
    expect(s.on('2024-01-01').date).toBe('2024-01-02');
    await s.complete(async () => full);
    expect(s.on('2024-01-01').date).toBe('2024-01-01');
    expect(xOf(s, '2024-01-01')).toBeCloseTo(0, 6);
    expect(xOf(s, '2024-01-02')).toBeCloseTo(3, 6);
    expect(s.on('2024-01-02').history).toBe(full);
  });

  it('keeps a failed fetch as an error rather than throwing, and does not fetch again', async () => {
    const s = new ControlSource(latest, DATES);
    const fetch = vi.fn(async () => Promise.reject(new Error('HTTP 404')));
    await s.complete(fetch);
    await s.complete(fetch);
    expect(s.error?.message).toBe('HTTP 404');
    expect(s.history).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks for the history once while it is on its way', async () => {
    const s = new ControlSource(latest, DATES);
    const fetch = vi.fn(async () => full);
    await Promise.all([s.complete(fetch), s.complete(fetch)]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not fetch a history that failed up front', async () => {
    const s = new ControlSource(latest, DATES, null, new Error('damaged'));
    const fetch = vi.fn(async () => full);
    await s.complete(fetch);
    expect(fetch).not.toHaveBeenCalled();
  });
});
