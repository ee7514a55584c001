import { describe, expect, it } from 'vitest';
import { AppState } from './app.svelte.ts';

describe('AppState from a link', () => {
  it('drops toggles that repeat the scenario, so the view is the scenario itself', () => {
    const app = new AppState('?scenario=controlled&custom=donetsk:line');
    expect(app.custom).toEqual({});
    expect(app.customised).toBe(false);
  });

  it('keeps toggles that change something', () => {
    const app = new AppState('?scenario=controlled&custom=donetsk:ru,luhansk:line');
    expect(app.custom).toEqual({ donetsk: 'ru' });
    expect(app.customised).toBe(true);
  });
});
