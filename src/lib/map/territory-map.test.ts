/**
 * TerritoryMap's update logic on a fake map (fake-map.test-data.ts) that knows the style the map was
 * made with: what each change touches, what it leaves alone, and whether it waits for a frame.
 */
import { describe, expect, it, vi } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { initialStyle, TerritoryMap, type MapState } from './territory-map.ts';
import { LABEL_TEXT, LAYER, SOURCE } from './style.ts';
import { lakeFilter, unitStates } from './filters.ts';
import { PATTERNS } from './pattern.ts';
import { FakeMap } from './fake-map.test-data.ts';
import { drawSets } from '../scenarios/draw.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { DATES, day, history, INPUT, latest, latestDay, regions } from './map.test-data.ts';
import { LATEST_ID_BASE } from '../data/history.ts';

const unitIds = regions.unitProps.map((u) => u.id);
const setsOf = (scenario: string) => drawSets(terms(scenario), regions.unitProps);
const CONTROLLED = setsOf('controlled');

/** Day `i` of the whole history under the line of control, in English. */
const at = (i: number, more: Partial<MapState> = {}): MapState => ({
  control: day(i),
  sets: CONTROLLED,
  date: DATES[i],
  lang: 'en',
  zone: null,
  ...more,
});

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let k = 0; k < 5; k++) await Promise.resolve();
  return done;
}

/** A wrapper started on `initial`, its first frame drawn, with the fake's log cleared. */
async function started(initial: MapState) {
  const fake = new FakeMap(initialStyle(INPUT, initial));
  const starting = TerritoryMap.start(fake.asMap, INPUT, initial);
  fake.fire('load');
  fake.fire('idle');
  const map = await starting;
  fake.calls = [];
  return { fake, map };
}

/** The feature ids of `source` that got state, in order. */
const stateSet = (fake: FakeMap, source: string) =>
  fake
    .callsTo('setFeatureState')
    .filter(([t]) => (t as { source: string }).source === source)
    .map(([t]) => (t as { id: string | number }).id);

describe('TerritoryMap.start', () => {
  it('on load shows the scenario on every unit and the date’s faces and arcs, then waits for the frame', async () => {
    const initial = at(0);
    const fake = new FakeMap(initialStyle(INPUT, initial));
    const starting = TerritoryMap.start(fake.asMap, INPUT, initial);
    expect(fake.calls).toEqual([]);
    fake.fire('load');
    expect(await settled(starting)).toBe(false);
    const units = unitStates(CONTROLLED, unitIds);
    for (const id of unitIds) expect(fake.states.get(SOURCE.units)?.get(id)).toEqual(units.get(id));
    // Day 0: Donetsk's two faces held by Russia, Kursk's not; the arcs around them on the line.
    expect(fake.states.get(SOURCE.control)).toEqual(
      new Map([
        [0, { ...units.get('donetsk'), st: 1 }],
        [1, { ...units.get('donetsk'), st: 1 }],
      ]),
    );
    expect(fake.states.get(SOURCE.line)).toEqual(
      new Map([
        [0, { on: true }],
        [1, { on: true }],
      ]),
    );
    // The history is the style's own: nothing handed over again.
    expect(fake.callsTo('setData')).toEqual([]);
    fake.fire('idle');
    expect(await settled(starting)).toBe(true);
  });

  it('rejects when the map fails before it loads', async () => {
    const fake = new FakeMap(initialStyle(INPUT, at(0)));
    const starting = TerritoryMap.start(fake.asMap, INPUT, at(0));
    fake.fire('error', { error: new Error('WebGL context lost') });
    await expect(starting).rejects.toThrow('WebGL context lost');
  });

  it('adds a pattern image when the map first asks for it, once', async () => {
    const { fake } = await started(at(0));
    fake.needImage(PATTERNS.claimed.id);
    fake.needImage(PATTERNS.claimed.id);
    fake.needImage('not-a-pattern');
    expect(fake.callsTo('addImage')).toEqual([[PATTERNS.claimed.id]]);
  });
});

describe('TerritoryMap.update', () => {
  it('touches nothing on a day carried forward, and has no frame to wait for', async () => {
    const { fake, map } = await started(at(0));
    const drawn = map.update(at(1));
    expect(fake.calls).toEqual([]);
    expect(fake.listening('idle')).toBe(0);
    expect(await settled(drawn)).toBe(true);
  });

  it('sets feature state on a date step only on the faces and arcs that change', async () => {
    const { fake, map } = await started(at(1));
    const drawn = map.update(at(2));
    // Face 0 (Donetsk's western half) is given up; face 1 stays; Kursk's face stays off.
    expect(stateSet(fake, SOURCE.control)).toEqual([0]);
    expect(fake.states.get(SOURCE.control)?.get(0)).toMatchObject({ st: 0 });
    // The line moves east: arc 0 goes off, arc 2 comes on, arc 1 stays.
    expect(stateSet(fake, SOURCE.line)).toEqual([0, 2]);
    expect(fake.states.get(SOURCE.line)).toEqual(
      new Map([
        [0, { on: false }],
        [1, { on: true }],
        [2, { on: true }],
      ]),
    );
    expect(stateSet(fake, SOURCE.units)).toEqual([]);
    expect(fake.callsTo('setData')).toEqual([]);
    // Kakhovka drained between the two days: the reservoir filters change, and only here.
    expect(fake.callsTo('setFilter')).toEqual([
      [LAYER.lakes, lakeFilter(DATES[2], false)],
      [LAYER.lakesFormer, lakeFilter(DATES[2], true)],
    ]);
    expect(await settled(drawn)).toBe(false);
    fake.fire('idle');
    expect(await settled(drawn)).toBe(true);
  });

  it('hands a new history to the map once per source, and clears the old one’s state only once it is swapped', async () => {
    const { fake, map } = await started({ ...at(3), control: latestDay() });
    expect(day(3).history).not.toBe(latestDay().history);
    const oldIds = [...fake.states.get(SOURCE.control)!.keys()];
    expect(oldIds.every((id) => Number(id) >= LATEST_ID_BASE)).toBe(true);
    void map.update(at(3));
    expect(fake.callsTo('setData')).toEqual([
      [SOURCE.control, history.faces],
      [SOURCE.line, history.lines],
    ]);
    // The new history's faces have ids of their own: their state is set at once, and the old faces'
    // stays while MapLibre swaps the data, so no frame shows one history's state on the other.
    expect(fake.callsTo('removeFeatureState')).toEqual([]);
    expect(fake.states.get(SOURCE.control)?.get(2)).toMatchObject({ st: 2 });
    for (const id of oldIds) expect(fake.states.get(SOURCE.control)?.has(id)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    // Kept until the new data is drawn.
    for (const id of oldIds) expect(fake.states.get(SOURCE.control)?.has(id)).toBe(true);
    fake.fire('idle');
    for (const id of oldIds) expect(fake.states.get(SOURCE.control)?.has(id)).toBe(false);
    expect([...fake.states.get(SOURCE.control)!.keys()]).toEqual([1, 2]);
    expect(latest.faces.features).toHaveLength(2);
  });

  it('switches a scenario by unit state and on-face state alone, leaving the style as it was', async () => {
    const { fake, map } = await started(at(3));
    const claimed = setsOf('claimed');
    const drawn = map.update(at(3, { sets: claimed }));
    const units = unitStates(claimed, unitIds);
    expect(stateSet(fake, SOURCE.units)).toEqual(unitIds);
    for (const id of unitIds) expect(fake.states.get(SOURCE.units)?.get(id)).toEqual(units.get(id));
    // Faces that are on take their unit's new state; those off are left alone.
    expect(stateSet(fake, SOURCE.control)).toEqual([1, 2]);
    expect(fake.states.get(SOURCE.control)?.get(1)).toEqual({ ...units.get('donetsk'), st: 1 });
    expect(fake.states.get(SOURCE.control)?.get(2)).toEqual({ ...units.get('kursk'), st: 2 });
    expect(stateSet(fake, SOURCE.line)).toEqual([]);
    // Any change of style would make MapLibre draw a second frame after the repaint.
    expect(new Set(fake.calls.map((c) => c.method))).toEqual(new Set(['setFeatureState']));
    fake.fire('idle');
    expect(await settled(drawn)).toBe(true);
  });

  it('hands a buffer zone to its source when its strip changes, not when only the width is confirmed', async () => {
    const { fake, map } = await started(at(3));
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [37, 48],
            [38, 48],
            [38, 49],
            [37, 48],
          ],
        ],
      ],
    };
    void map.update(at(3, { zone: { km: null, geometry } }));
    expect(fake.callsTo('setData')).toEqual([
      [SOURCE.zone, { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] }],
    ]);
    fake.calls = [];
    void map.update(at(3, { zone: { km: 15, geometry } }));
    expect(fake.calls).toEqual([]);
    void map.update(at(3));
    expect(fake.callsTo('setData')).toEqual([[SOURCE.zone, { type: 'FeatureCollection', features: [] }]]);
  });

  it('switches the labels’ language and nothing else', async () => {
    const { fake, map } = await started(at(3));
    void map.update(at(3, { lang: 'uk' }));
    expect(fake.calls.map((c) => c.method)).toEqual(Object.keys(LABEL_TEXT).map(() => 'setLayoutProperty'));
    for (const [id, text] of Object.entries(LABEL_TEXT))
      expect(fake.callsTo('setLayoutProperty')).toContainEqual([id, 'text-field', text('uk')]);
  });

  it('leaves a valid style behind after every kind of change', async () => {
    const { fake, map } = await started({ ...at(3), control: latestDay() });
    for (const next of [
      at(3),
      at(0, { sets: setsOf('claimed') }),
      at(2, { lang: 'uk' }),
      at(1, { sets: setsOf('borders-1991') }),
    ])
      void map.update(next);
    map.onHover(() => {});
    fake.fire(
      'mousemove',
      { features: [{ properties: { id: 'donetsk' } }], point: { x: 1, y: 2 } },
      LAYER.unitsFill,
    );
    expect(validateStyleMin(fake.style as StyleSpecification)).toEqual([]);
  });
});

describe('TerritoryMap.onHover', () => {
  it('marks the unit under the pointer, shows the outline layer, and clears both when it leaves', async () => {
    const { fake, map } = await started(at(3));
    const seen: unknown[] = [];
    map.onHover((h) => seen.push(h));
    const move = (id: string) =>
      fake.fire('mousemove', { features: [{ properties: { id } }], point: { x: 5, y: 6 } }, LAYER.unitsFill);
    move('donetsk');
    move('donetsk');
    move('kursk');
    fake.fire('mouseleave', {}, LAYER.unitsFill);
    expect(seen).toEqual([
      { unitId: 'donetsk', x: 5, y: 6 },
      { unitId: 'donetsk', x: 5, y: 6 },
      { unitId: 'kursk', x: 5, y: 6 },
      null,
    ]);
    expect(fake.states.get(SOURCE.units)?.get('donetsk')).toMatchObject({ hover: false });
    expect(fake.states.get(SOURCE.units)?.get('kursk')).toMatchObject({ hover: false });
    expect(fake.callsTo('setPaintProperty').map(([id, key, v]) => [id, key, v])).toEqual([
      [LAYER.unitsHover, 'line-layer-opacity', 1],
      [LAYER.unitsHover, 'line-layer-opacity', 1],
      [LAYER.unitsHover, 'line-layer-opacity', 0],
    ]);
  });
});

describe('TerritoryMap.setResolution', () => {
  it('draws at a share of the screen’s pixel ratio, then at the screen’s own again', async () => {
    vi.stubGlobal('devicePixelRatio', 2);
    const { fake, map } = await started(at(3));
    map.setResolution(0.5);
    map.setResolution(1);
    expect(fake.callsTo('setPixelRatio')).toEqual([[1], [null]]);
    vi.unstubAllGlobals();
  });
});
