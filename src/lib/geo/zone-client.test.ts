import { describe, expect, it } from 'vitest';
import {
  ZoneClient,
  zoneKey,
  type FromWorker,
  type ToWorker,
  type WorkerLike,
  type ZoneRequest,
} from './zone-client.ts';

/** A worker that answers only when the test says so, with the width as the strip's km². */
class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  postMessage(m: ToWorker) {
    this.sent.push(m);
  }
  /** Answers the last zone request sent. */
  answer() {
    const m = this.sent.at(-1)!;
    if (m.type !== 'zone') throw new Error('nothing to answer');
    const data: FromWorker = {
      type: 'zone',
      id: m.id,
      answer: {
        units: { u: { ru: m.request.km, ua: 0 } },
        geometry: { type: 'MultiPolygon', coordinates: [] },
        settlementIds: [],
      },
    };
    this.onmessage!({ data } as MessageEvent<FromWorker>);
  }
  zoneRequests = () => this.sent.filter((m) => m.type === 'zone').length;
}

const request = (km: number): ZoneRequest => ({
  key: zoneKey('2026-08-22', km, 'both', ['u']),
  line: { type: 'MultiLineString', coordinates: [] },
  russianHeld: {},
  km,
  sides: 'both',
  units: ['u'],
});
const setup = { units: [], outline: { type: 'Polygon' as const, coordinates: [] }, settlements: [] };

describe('the zone client', () => {
  it('sets the worker up once, then computes and caches a strip per key', async () => {
    const w = new FakeWorker();
    const c = new ZoneClient(w, setup);
    expect(w.sent[0].type).toBe('init');
    const first = c.request(request(15));
    w.answer();
    expect((await first)?.units.u.ru).toBe(15);
    expect((await c.request(request(15)))?.units.u.ru).toBe(15);
    expect(w.zoneRequests()).toBe(1);
  });

  it('drops answers the reader moved past, computing only the newest waiting request', async () => {
    const w = new FakeWorker();
    const c = new ZoneClient(w, setup);
    const a = c.request(request(10));
    const b = c.request(request(20));
    const d = c.request(request(30));
    expect(await b).toBeNull(); // never sent: superseded while waiting
    w.answer(); // 10 km arrives while 30 km waits
    expect(await a).toBeNull();
    expect(w.zoneRequests()).toBe(2);
    w.answer();
    expect((await d)?.units.u.ru).toBe(30);
    // The dropped 10 km answer was still kept for a return to it.
    expect(c.cached(request(10).key)?.units.u.ru).toBe(10);
    expect(c.cached(request(20).key)).toBeUndefined();
  });

  it('keys the cache by date, width, sides and units, in any order', () => {
    expect(zoneKey('d', 5, 'both', ['b', 'a'])).toBe(zoneKey('d', 5, 'both', ['a', 'b']));
    expect(
      new Set([
        zoneKey('d', 5, 'both', ['a']),
        zoneKey('e', 5, 'both', ['a']),
        zoneKey('d', 6, 'both', ['a']),
        zoneKey('d', 5, 'ua', ['a']),
      ]).size,
    ).toBe(4);
  });

  it('fails the request and every later one when the worker fails', async () => {
    const w = new FakeWorker();
    const c = new ZoneClient(w, setup);
    const a = c.request(request(10));
    const m = w.sent.at(-1) as Extract<ToWorker, { type: 'zone' }>;
    w.onmessage!({ data: { type: 'error', id: m.id, message: 'boom' } } as MessageEvent<FromWorker>);
    await expect(a).rejects.toThrow('boom');
    await expect(c.request(request(20))).rejects.toThrow('boom');
  });
});
