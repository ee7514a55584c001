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

describe('AppState compare', () => {
  it('restores the compared reading and the divider from a link, and compares a scenario with itself', () => {
    const app = new AppState(
      '?v=1&scenario=plan-2025-12&variant=line&compare=plan-2025-12&compare-variant=donbas-zone&split=30',
    );
    expect([app.compareId, app.compareVariantId, app.split]).toEqual(['plan-2025-12', 'donbas-zone', 30]);
    expect(app.terms?.regions.donetsk).toBe('line');
    expect(app.compareTerms?.regions.donetsk).toBe('dmz');
  });

  it('compares the reader’s toggles with the scenario as proposed', () => {
    const app = new AppState('?v=1&scenario=us-plan-2025-11&custom=kherson:ru&compare=us-plan-2025-11');
    expect(app.terms?.regions.kherson).toBe('ru');
    expect(app.compareTerms?.regions.kherson).toBe('line');
  });

  it('keeps the comparison when the scenario changes, and starts a new one on its first reading', () => {
    const app = new AppState('?v=1&scenario=claimed&compare=plan-2025-12&compare-variant=donbas-zone');
    app.setScenario('plan-2025-12');
    expect([app.compareId, app.compareVariantId]).toEqual(['plan-2025-12', 'donbas-zone']);
    app.setCompare('alaska-2025-08');
    expect([app.compareId, app.compareVariantId]).toEqual(['alaska-2025-08', null]);
    app.setCompare(null, 'x');
    expect([app.compareId, app.compareVariantId]).toEqual([null, null]);
  });
});
