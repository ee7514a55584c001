/** computeView on plain objects: no runes, no data files. */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { computeView, type Selection, type ViewData } from './view.ts';
import type { ControlView } from './control.svelte.ts';
import type { ControlHistory } from '../data/history.ts';
import type { PlantProps } from '../data/types.ts';
import { AREAS, UNITS } from '../scenarios/fixtures.test-data.ts';
import { CATALOG, terms } from '../scenarios/catalog.test-data.ts';
import { orderCatalog } from '../scenarios/catalog.ts';
import { evaluateScenario } from '../scenarios/evaluate.ts';
import { drawSets } from '../scenarios/draw.ts';
import { plantSides } from '../scenarios/assets.ts';

const DATES = AREAS.dates; // 2024-08-20, 2025-02-11 (the Kursk exchange offer), 2025-09-01
const LATEST = DATES.length - 1;
const SCENARIOS = orderCatalog(CATALOG, AREAS, UNITS);

const PLANTS: FeatureCollection<Point, PlantProps> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'p', name: 'P', name_uk: 'П', fuel: 'Gas', mw: 10, country: 'UA', unit: 'donetsk' },
      geometry: { type: 'Point', coordinates: [37.8, 48] },
    },
  ],
};

/** Control by date as ControlSource gives it: from `history` once it is in, else the latest's. */
function source(history: 'whole' | 'latest' | 'failed') {
  const whole = { name: 'whole' } as unknown as ControlHistory;
  const latest = { name: 'latest' } as unknown as ControlHistory;
  const view = (h: ControlHistory, i: number) => ({ date: DATES[i], index: i, history: h }) as ControlView;
  const latestView = view(latest, LATEST);
  return {
    history: history === 'whole' ? whole : null,
    error: history === 'failed' ? new Error('HTTP 404') : null,
    on: (date: string) => (history === 'whole' ? view(whole, DATES.indexOf(date)) : latestView),
  };
}

const data = (history: 'whole' | 'latest' | 'failed' = 'whole'): ViewData => ({
  manifest: { dates: DATES, carried: ['2025-02-11'] },
  areas: AREAS,
  regions: { unitProps: UNITS },
  context: { plants: PLANTS },
  scenarios: SCENARIOS,
  control: source(history),
});

const chose = (more: Partial<Selection> = {}): Selection => ({
  dateIndex: 0,
  scenarioId: 'controlled',
  variantId: null,
  custom: {},
  compareId: null,
  compareVariantId: null,
  buffer: null,
  ...more,
});

describe('computeView', () => {
  it('is null while the data is loading', () => {
    expect(computeView(null, chose())).toBeNull();
  });

  it('shows the slider’s day: its figures, drawing, control and plants', () => {
    const v = computeView(data(), chose({ dateIndex: 1 }))!;
    const t = terms('controlled');
    expect([v.index, v.date, v.shownIndex, v.shownDate, v.pinnedDate]).toEqual([
      1,
      DATES[1],
      1,
      DATES[1],
      null,
    ]);
    expect(v.scenario.id).toBe('controlled');
    expect(v.terms).toEqual(t);
    expect(v.result).toEqual(evaluateScenario(AREAS, UNITS, 1, t));
    expect(v.sets).toEqual(drawSets(t, UNITS));
    expect(v.plants).toEqual(plantSides(PLANTS, UNITS, 1, t));
    expect([v.control.date, v.control.index]).toEqual([DATES[1], 1]);
    expect([v.carried, v.historyUnavailable, v.compare, v.isClaim]).toEqual([true, false, null, false]);
    expect(v.needsHistory).toBe(true);
    expect(computeView(data(), chose({ dateIndex: LATEST }))!.needsHistory).toBe(false);
  });

  it('stays on the latest day while the day asked for has no figures yet, and asks for the history', () => {
    const d = data();
    const v = computeView({ ...d, areas: { ...d.areas, only: [LATEST] } }, chose({ dateIndex: 1 }))!;
    expect([v.index, v.shownIndex, v.needsHistory]).toEqual([LATEST, LATEST, true]);
  });

  it('shows the day a scenario pins, whatever the slider says', () => {
    const v = computeView(data(), chose({ dateIndex: LATEST, scenarioId: 'kursk-exchange-2025-02' }))!;
    expect([v.index, v.shownIndex, v.shownDate, v.pinnedDate]).toEqual([LATEST, 1, DATES[1], DATES[1]]);
    expect(v.result.referenceIndex).toBe(1);
    expect(v.control.date).toBe(DATES[1]);
    expect(v.needsHistory).toBe(true);
  });

  it('stays on the latest day when the history could not be loaded, pinned scenarios too', () => {
    for (const scenarioId of ['controlled', 'kursk-exchange-2025-02']) {
      const v = computeView(data('failed'), chose({ dateIndex: 0, scenarioId }))!;
      expect([v.historyUnavailable, v.index, v.shownIndex, v.needsHistory]).toEqual([
        true,
        LATEST,
        LATEST,
        false,
      ]);
      expect(v.result.referenceIndex).toBe(LATEST);
    }
  });

  it('takes an unknown scenario as the line of control, and the claim as such only without toggles', () => {
    expect(computeView(data(), chose({ scenarioId: 'no-such' }))!.scenario.id).toBe('controlled');
    expect(computeView(data(), chose({ scenarioId: 'claimed' }))!.isClaim).toBe(true);
    expect(computeView(data(), chose({ scenarioId: 'claimed', custom: { kherson: 'line' } }))!.isClaim).toBe(
      false,
    );
  });

  it('gives the compared scenario its figures on the slider’s day, and its own line when it pins one', () => {
    const same = computeView(data(), chose({ dateIndex: 1, compareId: 'claimed' }))!;
    expect(same.compare!.result).toEqual(evaluateScenario(AREAS, UNITS, 1, terms('claimed')));
    expect(same.compare!.date).toBe(DATES[1]);
    expect(same.compare!.control).toBe(same.control);
    const pinned = computeView(data(), chose({ dateIndex: LATEST, compareId: 'kursk-exchange-2025-02' }))!;
    expect(pinned.compare!.date).toBe(DATES[1]);
    expect(pinned.compare!.control.date).toBe(DATES[1]);
    expect([pinned.shownIndex, pinned.needsHistory]).toEqual([LATEST, true]);
    expect(computeView(data(), chose({ compareId: 'no-such' }))!.compare).toBeNull();
  });

  it('gives the compared scenario the reading chosen for it, without the reader’s toggles', () => {
    const custom = { donetsk: 'ru' } as const;
    const v = computeView(
      data(),
      chose({
        scenarioId: 'plan-2025-12',
        custom,
        compareId: 'plan-2025-12',
        compareVariantId: 'donbas-zone',
      }),
    )!;
    expect(v.terms).toEqual(terms('plan-2025-12', null, custom));
    expect(v.compare!.terms).toEqual(terms('plan-2025-12', 'donbas-zone'));
  });

  it('before the history arrives, draws the latest day’s control as the stand-in', () => {
    const v = computeView(data('latest'), chose({ dateIndex: 0 }))!;
    expect([v.shownDate, v.control.date]).toEqual([DATES[0], DATES[LATEST]]);
  });

  it('keeps what did not change: the same drawing over a date step, the same control over a scenario switch', () => {
    const d = data();
    const custom = {}; // AppState keeps its toggles' object until they change
    const a = computeView(d, chose({ dateIndex: 0, custom }))!;
    const b = computeView(d, chose({ dateIndex: 1, custom }))!;
    expect(b.sets).toBe(a.sets);
    expect(b.terms).toBe(a.terms);
    const c = computeView(d, chose({ dateIndex: 1, custom, scenarioId: 'borders-1991' }))!;
    expect(c.control).toBe(b.control);
    expect(c.sets).not.toBe(b.sets);
  });
});

describe('the buffer zone in the view', () => {
  const answer = {
    units: { donetsk: { ru: 3, ua: 4 } },
    geometry: { type: 'MultiPolygon' as const, coordinates: [] },
    settlementIds: [7, 9],
  };

  it('is pending, its figures unknown, until the worker answers for its own key', () => {
    const pending = computeView(data(), chose({ dateIndex: LATEST, scenarioId: 'buffer-zone' }))!;
    expect(pending.zone).toMatchObject({ status: 'pending', km: 15, sides: 'both', geometry: null });
    expect(pending.result.regions.donetsk.unknown).toBe('zone');
    const other = computeView(data(), chose({ dateIndex: LATEST, scenarioId: 'buffer-zone' }), {
      answer: { key: 'another', answer },
      error: null,
    })!;
    expect(other.zone!.status).toBe('pending');
    // Meanwhile the map keeps the last strip computed.
    expect(other.zone!.drawn).toBe(answer.geometry);
    const ready = computeView(data(), chose({ dateIndex: LATEST, scenarioId: 'buffer-zone' }), {
      answer: { key: pending.zone!.key, answer },
      error: null,
    })!;
    expect(ready.zone).toMatchObject({ status: 'ready', units: answer.units });
    expect([...ready.zone!.settlementIds]).toEqual([7, 9]);
    expect(ready.result.regions.donetsk.dmz).toBe(7);
  });

  it('says the zone is unavailable when the worker failed', () => {
    const v = computeView(data(), chose({ dateIndex: LATEST, scenarioId: 'buffer-zone' }), {
      answer: null,
      error: new Error('boom'),
    })!;
    expect(v.zone!.status).toBe('error');
    expect(v.result.regions.ukraine.unknown).toBe('zone');
  });

  it('takes the width chosen for this scenario and reading, else the terms’ own', () => {
    const at = (scenarioId: string, variantId: string | null, buffer: Selection['buffer']) =>
      computeView(data(), chose({ dateIndex: LATEST, scenarioId, variantId, buffer }))!.zone?.km;
    expect(at('buffer-zone', null, { scenario: 'buffer-zone', variant: null, km: 30 })).toBe(30);
    expect(at('zelensky-zone-2025-12', '10km', null)).toBe(10);
    expect(
      at('zelensky-zone-2025-12', '10km', { scenario: 'zelensky-zone-2025-12', variant: '5km', km: 30 }),
    ).toBe(10);
    expect(
      at('zelensky-zone-2025-12', '5km', { scenario: 'zelensky-zone-2025-12', variant: '5km', km: 30 }),
    ).toBe(30);
    expect(at('controlled', null, { scenario: 'buffer-zone', variant: null, km: 30 })).toBeUndefined();
  });

  it('counts the compared scenario’s zone on its side, from its own reply', () => {
    const sel = chose({ dateIndex: LATEST, scenarioId: 'controlled', compareId: 'buffer-zone' });
    const pending = computeView(data(), sel)!;
    expect(pending.zone).toBeNull();
    expect(pending.compare!.zone).toMatchObject({ status: 'pending', km: 15 });
    expect(pending.compare!.result.regions.donetsk.unknown).toBe('zone');
    const reply = { answer: { key: pending.compare!.zone!.key, answer }, error: null };
    // An answer for the main side's zone is not the compared side's.
    expect(computeView(data(), sel, reply)!.compare!.zone!.status).toBe('pending');
    const ready = computeView(data(), sel, undefined, {}, reply)!;
    expect(ready.compare!.zone!.status).toBe('ready');
    expect(ready.compare!.result.regions.donetsk.dmz).toBe(7);
    expect(ready.result.regions.donetsk.dmz).toBe(0);
    // Compared with itself at the reader's width, the compared side keeps the scenario's own.
    const own = computeView(
      data(),
      chose({
        dateIndex: LATEST,
        scenarioId: 'buffer-zone',
        compareId: 'buffer-zone',
        buffer: { scenario: 'buffer-zone', variant: null, km: 30 },
      }),
    )!;
    expect([own.zone!.km, own.compare!.zone!.km]).toEqual([30, 15]);
  });
});
