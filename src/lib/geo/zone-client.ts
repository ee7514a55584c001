/**
 * The page's side of the zone worker (zone.worker.ts): one worker, set up once with what never
 * changes (Ukraine's units and outline, the settlements), then asked for a strip per date, width,
 * sides and units. Answers are cached by that key. One request is computed at a time and only the
 * newest waits behind it: a reader dragging the width slider gets the width they stopped on, and
 * the answers for widths they passed over are dropped (resolved as null) rather than shown late.
 */
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { ZonePoint, ZoneSides, ZoneUnit } from './zone.ts';

type Areal = Polygon | MultiPolygon;

/** What the worker is given once. */
export interface ZoneSetup {
  /** Ukraine's units, the strip is cut to them. */
  units: ZoneUnit[];
  /** Ukraine's outline: the line of control along it is coast or border, not contact. */
  outline: Areal;
  settlements: ZonePoint[];
}

/** One strip to compute. */
export interface ZoneRequest {
  /** Names the request in the cache: date, width, sides and units. */
  key: string;
  /** The line of control on the date. */
  line: MultiLineString;
  /** Russian-held land per unit on the date. */
  russianHeld: Record<string, Areal | undefined>;
  km: number;
  sides: ZoneSides;
  /** Ids of the units the strip applies in. */
  units: string[];
}

/** The strip: km² per unit on each side of the line, its shape, and the settlements inside it. */
export interface ZoneAnswer {
  units: Record<string, { ru: number; ua: number }>;
  geometry: MultiPolygon;
  settlementIds: number[];
}

export type ToWorker =
  { type: 'init'; setup: ZoneSetup } | { type: 'zone'; id: number; request: Omit<ZoneRequest, 'key'> };
export type FromWorker =
  { type: 'zone'; id: number; answer: ZoneAnswer } | { type: 'error'; id: number; message: string };

/** The parts of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** The cache key of a strip. */
export const zoneKey = (date: string, km: number, sides: ZoneSides, units: readonly string[]): string =>
  `${date}|${km}|${sides}|${[...units].sort().join(',')}`;

interface Waiting {
  request: ZoneRequest;
  resolve: (a: ZoneAnswer | null) => void;
  reject: (e: Error) => void;
}

export class ZoneClient {
  private readonly cache = new Map<string, ZoneAnswer>();
  /** The request the worker is computing, and the newest one waiting behind it. */
  private running: (Waiting & { id: number }) | null = null;
  private queued: Waiting | null = null;
  private ids = 0;
  /** Set once the worker has failed: every later request fails at once. */
  private failure: Error | null = null;

  constructor(
    private readonly worker: WorkerLike,
    setup: ZoneSetup,
  ) {
    worker.onmessage = (e) => this.received(e.data);
    worker.onerror = (e) => this.fail(new Error(e.message || 'the zone worker failed'));
    worker.postMessage({ type: 'init', setup });
  }

  /** The cached answer for `key`, if any. */
  cached(key: string): ZoneAnswer | undefined {
    return this.cache.get(key);
  }

  /**
   * The strip of `request`: from the cache at once, else from the worker. Resolves null when a newer
   * request came before this one's answer; rejects when the worker fails.
   */
  request(request: ZoneRequest): Promise<ZoneAnswer | null> {
    const hit = this.cache.get(request.key);
    if (hit) {
      // A newer request supersedes whatever is waiting.
      this.queued?.resolve(null);
      this.queued = null;
      return Promise.resolve(hit);
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queued?.resolve(null);
      this.queued = { request, resolve, reject };
      if (!this.running) this.next();
    });
  }

  private next(): void {
    const w = this.queued;
    this.queued = null;
    if (!w) return;
    const { key: _key, ...request } = w.request;
    this.running = { ...w, id: ++this.ids };
    this.worker.postMessage({ type: 'zone', id: this.running.id, request });
  }

  private received(message: FromWorker): void {
    const r = this.running;
    if (!r || message.id !== r.id) return;
    if (message.type === 'error') return this.fail(new Error(message.message));
    this.running = null;
    this.cache.set(r.request.key, message.answer);
    // Superseded while computing: cached for a return to it, but not shown now.
    r.resolve(this.queued ? null : message.answer);
    this.next();
  }

  private fail(err: Error): void {
    this.failure = err;
    this.running?.reject(err);
    this.queued?.reject(err);
    this.running = this.queued = null;
  }
}
