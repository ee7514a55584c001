import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HEIGHT,
  MAX_HEIGHT,
  SET,
  applyRequest,
  heightMessage,
  mergeRequests,
  parseIncoming,
  RequestQueue,
  setMessage,
  stateMessage,
  type IncomingContext,
  type Pending,
  type RequestTarget,
  type SetRequest,
} from './protocol.ts';
import { CATALOG } from '../scenarios/catalog.test-data.ts';
import { isIsoDate } from '../state/dates.ts';
import { holds, runs } from '../property.test-data.ts';
import type { Figures } from '../scenarios/evaluate.ts';

const ctx: IncomingContext = {
  scenarios: Object.fromEntries(CATALOG.map((s) => [s.id, (s.variants ?? []).map((x) => x.id)])),
  current: 'controlled',
};
const IDS = Object.keys(ctx.scenarios);

/** An oracle written apart from the parser: what a request may contain to be honoured. */
function valid(r: SetRequest): boolean {
  const keys = Object.keys(r);
  if (!keys.every((k) => ['scenario', 'date', 'variant'].includes(k))) return false;
  if (r.scenario !== undefined && !IDS.includes(r.scenario)) return false;
  if (r.date !== undefined && !isIsoDate(r.date)) return false;
  const variants = ctx.scenarios[r.scenario ?? ctx.current];
  return r.variant === undefined || variants.includes(r.variant);
}

const check = (data: unknown) => {
  const r = parseIncoming(data, ctx);
  return r === null || valid(r);
};

/** A valid request: a catalog scenario (or none), one of its variants (or none), a real day (or none). */
const request: fc.Arbitrary<SetRequest> = fc
  .record(
    {
      scenario: fc.constantFrom(...IDS),
      date: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    { requiredKeys: [] },
  )
  .chain((r) => {
    const variants = ctx.scenarios[r.scenario ?? ctx.current];
    return variants.length
      ? fc
          .option(fc.constantFrom(...variants), { nil: undefined })
          .map((variant) => (variant === undefined ? r : { ...r, variant }))
      : fc.constant(r);
  });

describe('parseIncoming: properties', () => {
  it(`never throws on anything, and whatever it returns is valid ${runs()}`, () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
    });
    holds(fc.property(anything, check));
  });

  it(`never throws on set messages with random extra keys and values ${runs()}`, () => {
    const message = fc
      .tuple(fc.dictionary(fc.string(), fc.anything(), { maxKeys: 30 }), fc.anything(), fc.anything())
      .map(([extra, scenario, date]) => ({ ...extra, type: SET, scenario, date }));
    holds(fc.property(message, check));
  });

  it(`refuses oversized strings and keys, and valid-looking messages that are too long ${runs()}`, () => {
    const big = fc.string({ minLength: 101, maxLength: 20_000 });
    holds(
      fc.property(big, fc.constantFrom('scenario', 'date', 'variant', 'padding'), (s, key) => {
        expect(parseIncoming({ type: SET, scenario: 'claimed', [key]: s }, ctx)).toBeNull();
        expect(parseIncoming({ type: SET, scenario: 'claimed', [s]: 1 }, ctx)).toBeNull();
      }),
    );
    const padding = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`p${i}`, 'x'.repeat(100)]));
    expect(parseIncoming({ type: SET, scenario: 'claimed', ...padding }, ctx)).toBeNull();
  });

  it(`gives back every valid request it is sent, through the structured clone postMessage makes ${runs()}`, () => {
    holds(
      fc.property(request, (r) => {
        expect(parseIncoming(structuredClone(setMessage(r)), ctx)).toEqual(r);
      }),
    );
  });

  it(`refuses a valid request once any field is spoiled ${runs()}`, () => {
    const spoil = fc.constantFrom<[keyof SetRequest, unknown]>(
      ['scenario', 'nope'],
      ['scenario', '__proto__'],
      ['scenario', 7],
      ['date', '2025-02-30'],
      ['date', '2025-2-3'],
      ['date', 20250203],
      ['variant', 'nope'],
      ['variant', null],
    );
    holds(
      fc.property(request, spoil, (r, [key, value]) => {
        expect(parseIncoming({ ...setMessage(r), [key]: value }, ctx)).toBeNull();
      }),
    );
  });
});

describe('parseIncoming: examples', () => {
  it('reads a set message and drops keys it does not know', () => {
    expect(
      parseIncoming({ type: SET, scenario: 'plan-2025-12', variant: 'donbas-zone', lang: 'uk' }, ctx),
    ).toEqual({ scenario: 'plan-2025-12', variant: 'donbas-zone' });
  });

  it('checks a lone variant against the current scenario', () => {
    expect(parseIncoming({ type: SET, variant: 'donbas-zone' }, ctx)).toBeNull();
    expect(parseIncoming({ type: SET, variant: 'donbas-zone' }, { ...ctx, current: 'plan-2025-12' })).toEqual(
      { variant: 'donbas-zone' },
    );
  });

  it('takes a message that asks for nothing as an empty request', () => {
    expect(parseIncoming({ type: SET }, ctx)).toEqual({});
  });

  it('ignores other types, including the messages the embed itself sends', () => {
    // Typed arrays stand in for what structured clone carries but fc.anything is slow to make.
    const others = [{ type: HEIGHT, height: 3 }, { type: 'set' }, 'x', null, [], new Uint8Array(4)];
    for (const data of others) {
      expect(parseIncoming(data, ctx)).toBeNull();
    }
  });

  it('survives a proxy that throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(parseIncoming(hostile, ctx)).toBeNull();
  });
});

/** A stand-in for AppState with its rules for scenario and reading, and a log of the changes made. */
class Model implements RequestTarget {
  scenarioId = 'controlled';
  variantId: string | null = null;
  date: string | null = null;
  changes = 0;
  setScenario(id: string): void {
    if (id === this.scenarioId) return;
    this.scenarioId = id;
    this.variantId = null;
    this.changes++;
  }
  setDate(iso: string): void {
    this.date = iso;
    this.changes++;
  }
  get view() {
    return { scenario: this.scenarioId, variant: this.variantId, date: this.date };
  }
}

/** A burst as the embed checks it: each variant against the scenario shown once the ones before apply. */
const burst = fc.array(fc.tuple(request, fc.nat()), { maxLength: 30 }).map((xs) => {
  let current = ctx.current;
  return xs.map(([r, pick]): SetRequest => {
    const out = { ...r };
    const scenario = out.scenario ?? current;
    // `request` checks a lone variant against ctx.current; recheck it against the scenario of the moment.
    if (out.scenario === undefined) delete out.variant;
    const variants = ctx.scenarios[scenario];
    if (out.scenario === undefined && variants.length && pick % 2)
      out.variant = variants[pick % variants.length];
    current = scenario;
    return out;
  });
});

describe('a burst of requests', () => {
  it(`merged, applies as every request in turn would ${runs()}`, () => {
    holds(
      fc.property(burst, (requests) => {
        const oneByOne = new Model();
        for (const r of requests) applyRequest(oneByOne, r);
        const merged = new Model();
        applyRequest(
          merged,
          requests.reduce<Pending>((p, r) => mergeRequests(p, r, merged.scenarioId), {}),
        );
        expect(merged.view).toEqual(oneByOne.view);
        expect(merged.changes).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('keeps the latest of each field and ties a reading to its scenario', () => {
    const current = 'controlled';
    const m = (...rs: SetRequest[]) => rs.reduce<Pending>((p, r) => mergeRequests(p, r, current), {});
    expect(m({ scenario: 'claimed' }, { date: '2024-01-01' }, { scenario: 'borders-1991' })).toEqual({
      scenario: 'borders-1991',
      variant: null,
      date: '2024-01-01',
    });
    expect(m({ scenario: 'plan-2025-12', variant: 'donbas-zone' }, { scenario: 'plan-2025-12' })).toEqual({
      scenario: 'plan-2025-12',
      variant: 'donbas-zone',
    });
    expect(m({ scenario: 'plan-2025-12' }, { variant: 'donbas-zone' }, { scenario: 'claimed' })).toEqual({
      scenario: 'claimed',
      variant: null,
    });
    // Away and back again: the scenario shown starts afresh, on its first reading.
    expect(m({ scenario: 'claimed' }, { scenario: current })).toEqual({ scenario: current, variant: null });
  });

  it('applies a burst once, at the first tick without new requests, checking variants against it', () => {
    const app = new Model();
    const ticks: (() => void)[] = [];
    const queue = new RequestQueue(
      () => app,
      (tick) => ticks.push(tick),
    );
    const next = () => ticks.shift()!();
    for (let i = 0; i < 1000; i++)
      queue.push({ scenario: i % 2 ? 'claimed' : 'borders-1991', date: '2023-01-01' });
    expect(ticks).toHaveLength(1);
    // A tick in the middle of the burst waits for the next.
    next();
    queue.push({ scenario: 'plan-2025-12' });
    expect(queue.scenario).toBe('plan-2025-12');
    expect(parseIncoming({ type: SET, variant: 'donbas-zone' }, { ...ctx, current: queue.scenario })).toEqual(
      {
        variant: 'donbas-zone',
      },
    );
    queue.push({ variant: 'donbas-zone' });
    next();
    expect(app.changes).toBe(0);
    // The burst is over: the next tick applies it, in one go.
    next();
    expect(ticks).toHaveLength(0);
    expect(app.view).toEqual({ scenario: 'plan-2025-12', variant: 'donbas-zone', date: '2023-01-01' });
    expect(app.changes).toBe(2);
    queue.flush();
    expect(app.changes).toBe(2);
  });

  it('applies a lone request at the first tick, and a stream of them every few ticks', () => {
    const app = new Model();
    const ticks: (() => void)[] = [];
    const queue = new RequestQueue(
      () => app,
      (tick) => ticks.push(tick),
    );
    queue.push({ date: '2024-01-01' });
    ticks.shift()!();
    expect(app.date).toBe('2024-01-01');
    let applied = 0;
    for (let i = 0; i < 60; i++) {
      queue.push({ date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}` });
      queue.push({ date: '2024-02-01' });
      const before = app.changes;
      ticks.shift()?.();
      if (app.changes > before) applied++;
    }
    expect(applied).toBe(10);
  });
});

describe('outgoing messages', () => {
  const figures: Figures = {
    area: 603_550.4,
    ru: 116_712.6,
    ua: 486_837.8,
    dmz: 0,
    contested: 0,
    change: -0.3,
    toRu: 0,
    toUa: 0.3,
    lineRu: 116_712.9,
  };

  it('gives Ukraine’s totals in whole km², as the table’s data-km2', () => {
    expect(stateMessage('controlled', '2026-08-22', figures)).toEqual({
      type: 'territory-scenarios:state',
      scenario: 'controlled',
      date: '2026-08-22',
      totals: { ru: 116_713, ua: 486_838, dmz: 0, change: 0 },
    });
    expect(Object.is(stateMessage('x', 'y', figures).totals.change, -0)).toBe(false);
  });

  it('rounds heights up to whole pixels and caps them', () => {
    expect(heightMessage(640.2)).toEqual({ type: HEIGHT, height: 641 });
    expect(heightMessage(1e9).height).toBe(MAX_HEIGHT);
    expect(heightMessage(0).height).toBe(1);
  });
});
