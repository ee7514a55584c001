import { describe, expect, it } from 'vitest';
import { clampStep, next, presenterAction, prev, stepState, type PresenterContext } from './player.ts';
import type { Tour } from './schema.ts';

const caption = (n: number) => ({ en: `step ${n}`, uk: `крок ${n}` });
const TOUR: Tour = {
  id: 't',
  title: { en: 'T', uk: 'Т' },
  summary: { en: 'S', uk: 'С' },
  steps: [
    { scenario: 'controlled', date: '2022-04-04', caption: caption(1) },
    {
      scenario: 'plan-x',
      variant: 'b',
      date: '2023-06-07',
      view: { lon: 34.2, lat: 47.2, zoom: 7 },
      caption: caption(2),
      sources: [{ name: 'n', url: 'https://example.org/', date: '2023-06-06' }],
    },
    { scenario: 'claimed', date: 'latest', caption: caption(3) },
  ],
};
const SLIDER = ['borders-1991', 'controlled', 'plan-x', 'claimed'];

describe('stepState', () => {
  it('says what a step asks the app to show, with defaults spelled out', () => {
    expect(stepState(TOUR, 0)).toEqual({
      index: 0,
      total: 3,
      first: true,
      last: false,
      scenario: 'controlled',
      variant: null,
      date: '2022-04-04',
      view: null,
      caption: caption(1),
      sources: [],
    });
    expect(stepState(TOUR, 1)).toMatchObject({
      first: false,
      last: false,
      variant: 'b',
      view: { lon: 34.2, lat: 47.2, zoom: 7 },
      sources: [{ name: 'n' }],
    });
  });

  it('reads `latest` as a null date, as UrlState does', () => {
    expect(stepState(TOUR, 2)).toMatchObject({ date: null, last: true, scenario: 'claimed' });
  });

  it('clamps any index to a step of the tour', () => {
    expect([-5, 0, 1.7, 2, 99, NaN, Infinity, -Infinity].map((i) => clampStep(TOUR, i))).toEqual([
      0, 0, 1, 2, 2, 0, 0, 0,
    ]);
    expect(stepState(TOUR, 42).index).toBe(2);
  });
});

describe('next and prev', () => {
  it('move one step and stop at the ends', () => {
    expect([0, 1, 2].map((i) => next(TOUR, i))).toEqual([1, 2, 2]);
    expect([0, 1, 2].map((i) => prev(TOUR, i))).toEqual([0, 0, 1]);
  });

  it('first bring an out-of-range step back into the tour', () => {
    expect(next(TOUR, 10)).toBe(2);
    expect(prev(TOUR, -3)).toBe(0);
  });
});

describe('presenterAction', () => {
  const touring: PresenterContext = { tour: TOUR, step: 1, scenarios: SLIDER, scenario: 'plan-x' };

  it('steps through the tour with the arrow and page keys', () => {
    expect(presenterAction('ArrowRight', touring)).toEqual({ kind: 'step', index: 2 });
    expect(presenterAction('PageDown', touring)).toEqual({ kind: 'step', index: 2 });
    expect(presenterAction('ArrowLeft', touring)).toEqual({ kind: 'step', index: 0 });
    expect(presenterAction('PageUp', touring)).toEqual({ kind: 'step', index: 0 });
  });

  it('stays on the last or first step rather than letting the key through', () => {
    expect(presenterAction('PageDown', { ...touring, step: 2 })).toEqual({ kind: 'step', index: 2 });
    expect(presenterAction('PageUp', { ...touring, step: 0 })).toEqual({ kind: 'step', index: 0 });
  });

  it('without a tour, steps along the slider', () => {
    const free = { ...touring, tour: null };
    expect(presenterAction('ArrowRight', free)).toEqual({ kind: 'scenario', id: 'claimed' });
    expect(presenterAction('ArrowLeft', free)).toEqual({ kind: 'scenario', id: 'controlled' });
    expect(presenterAction('ArrowRight', { ...free, scenario: 'claimed' })).toEqual({
      kind: 'scenario',
      id: 'claimed',
    });
    expect(presenterAction('ArrowLeft', { ...free, scenario: 'borders-1991' })).toEqual({
      kind: 'scenario',
      id: 'borders-1991',
    });
    expect(presenterAction('ArrowRight', { ...free, scenarios: [] })).toBeNull();
  });

  it('jumps to the Nth scenario of the slider with digits 1–9, and to the last with 0', () => {
    expect(presenterAction('1', touring)).toEqual({ kind: 'scenario', id: 'borders-1991' });
    expect(presenterAction('4', touring)).toEqual({ kind: 'scenario', id: 'claimed' });
    expect(presenterAction('5', touring)).toBeNull();
    expect(presenterAction('0', touring)).toEqual({ kind: 'scenario', id: 'claimed' });
  });

  it('maps Space, f and Escape', () => {
    expect(presenterAction(' ', touring)).toEqual({ kind: 'toggle-play' });
    expect(presenterAction('f', touring)).toEqual({ kind: 'toggle-fullscreen' });
    expect(presenterAction('F', touring)).toEqual({ kind: 'toggle-fullscreen' });
    expect(presenterAction('Escape', touring)).toEqual({ kind: 'leave' });
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['a', 'Enter', 'Tab', 'ArrowUp', 'Home', '10', '', 'Shift', 'Spacebar'])
      expect(presenterAction(key, touring), key).toBeNull();
  });
});
