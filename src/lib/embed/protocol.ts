/**
 * The embed protocol (DESIGN §7): what an embedded page posts to its host, and the one message it
 * accepts. Incoming messages may come from any page that frames the app, so they are parsed
 * defensively: bounded in size, checked in shape and against the catalog, and never thrown on.
 */
import * as v from 'valibot';
import type { Figures } from '../scenarios/evaluate.ts';
import { isIsoDate } from '../state/dates.ts';
import type { UrlContext } from '../state/url.ts';

export const STATE = 'territory-scenarios:state';
export const HEIGHT = 'territory-scenarios:height';
export const SET = 'territory-scenarios:set';

/** Tallest height an embed asks for, px; public/embed.js caps at the same figure. */
export const MAX_HEIGHT = 5000;
/** Bounds on an incoming message, far above any real one, so junk costs no more than a glance. */
export const MAX_JSON = 2048;
export const MAX_STRING = 100;
const MAX_KEYS = 16;

/** Ukraine's totals under the scenario, whole km², as the area table's `data-km2`. */
export interface Totals {
  ru: number;
  ua: number;
  dmz: number;
  change: number;
}

export interface StateMessage {
  type: typeof STATE;
  scenario: string;
  /**
   * The day of the line of control the map shows and the totals are measured on, YYYY-MM-DD: the
   * slider's date, or for a scenario pinned to a day (`reference` in its file) that day. It is the
   * date the embed itself prints, so a host's caption agrees with the map.
   */
  date: string;
  totals: Totals;
}

export interface HeightMessage {
  type: typeof HEIGHT;
  height: number;
}

/** What a host may ask the embed to show; every field optional. */
export interface SetRequest {
  scenario?: string;
  date?: string;
  variant?: string;
}

export interface SetMessage extends SetRequest {
  type: typeof SET;
}

/** What incoming messages are checked against. */
export interface IncomingContext {
  /** Scenario ids with their variant ids, as in the URL context. */
  scenarios: UrlContext['scenarios'];
  /** The scenario shown now: a `variant` sent without a `scenario` must belong to it. */
  current: string;
}

const km2 = (x: number) => Math.round(x) || 0;

/**
 * The state message for the host: scenario, the day shown (see StateMessage.date) and Ukraine's
 * totals (the `ukraine` row).
 */
export function stateMessage(scenario: string, date: string, ukraine: Figures): StateMessage {
  return {
    type: STATE,
    scenario,
    date,
    totals: { ru: km2(ukraine.ru), ua: km2(ukraine.ua), dmz: km2(ukraine.dmz), change: km2(ukraine.change) },
  };
}

/** The height message: whole pixels, rounded up so nothing is cut off, and capped like the host caps. */
export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT, height: Math.min(MAX_HEIGHT, Math.max(1, Math.ceil(height))) };
}

/** A set message, as a host (or a test) sends it. */
export function setMessage(request: SetRequest): SetMessage {
  return { type: SET, ...request };
}

const Text = v.pipe(v.string(), v.maxLength(MAX_STRING));

/** Unknown keys are dropped rather than refused, so a newer host can still talk to an older embed. */
const SetSchema = v.object({
  type: v.literal(SET),
  scenario: v.optional(Text),
  date: v.optional(v.pipe(Text, v.check(isIsoDate))),
  variant: v.optional(Text),
});

/**
 * Cheap bounds checked before anything else: a flat object of few keys and short strings, small as
 * JSON. Nested values are refused outright, so that measuring the JSON stays cheap.
 */
function bounded(data: unknown): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  if (keys.length > MAX_KEYS) return false;
  for (const k of keys) {
    const x = (data as Record<string, unknown>)[k];
    if (k.length > MAX_STRING || (typeof x === 'object' && x !== null)) return false;
    if (typeof x === 'string' && x.length > MAX_STRING) return false;
  }
  return JSON.stringify(data).length <= MAX_JSON;
}

/**
 * Reads a message event's data. Returns the request when it is a well-formed `set` message naming a
 * known scenario, a variant of it (or of the current scenario) and a real calendar day; `{}` when it
 * asks for nothing; null for anything else. Dates are checked for form only: the app snaps them into
 * the data as it does a URL's.
 */
export function parseIncoming(data: unknown, ctx: IncomingContext): SetRequest | null {
  try {
    if (!bounded(data)) return null;
    const r = v.safeParse(SetSchema, data);
    if (!r.success) return null;
    const { scenario, date, variant } = r.output;
    if (scenario !== undefined && !Object.hasOwn(ctx.scenarios, scenario)) return null;
    const variants = ctx.scenarios[scenario ?? ctx.current] ?? [];
    if (variant !== undefined && !variants.includes(variant)) return null;
    const out: SetRequest = {};
    if (scenario !== undefined) out.scenario = scenario;
    if (date !== undefined) out.date = date;
    if (variant !== undefined) out.variant = variant;
    return out;
  } catch {
    // Proxies, throwing getters, BigInt in JSON: whatever the sender made, the embed carries on.
    return null;
  }
}

/**
 * Requests waiting to be applied, merged into one. `variant: null` means the scenario's first reading:
 * what a switch of scenario leaves when no variant came after it.
 */
export interface Pending {
  scenario?: string;
  variant?: string | null;
  date?: string;
}

/**
 * Merges `next` into `pending` so that applying the result once shows what applying every request in
 * turn would (scenario, reading and date; see `applyRequest`): the latest value of each field wins, and
 * a switch to another scenario (than `current`, the one shown, or the pending one) drops the reading
 * asked for before it, as the app itself starts a new scenario on its first reading.
 */
export function mergeRequests(pending: Pending, next: SetRequest, current: string): Pending {
  const out: Pending = { ...pending };
  if (next.scenario !== undefined) {
    if (next.scenario !== (pending.scenario ?? current)) out.variant = null;
    out.scenario = next.scenario;
  }
  if (next.variant !== undefined) out.variant = next.variant;
  if (next.date !== undefined) out.date = next.date;
  return out;
}

/** What `applyRequest` changes; AppState has these. */
export interface RequestTarget {
  scenarioId: string;
  variantId: string | null;
  setScenario(id: string): void;
  setDate(iso: string): void;
}

/** Applies merged requests: the scenario first (which starts on its first reading), then reading and date. */
export function applyRequest(target: RequestTarget, r: Pending): void {
  if (r.scenario !== undefined) target.setScenario(r.scenario);
  if (r.variant !== undefined) target.variantId = r.variant;
  if (r.date !== undefined) target.setDate(r.date);
}

/** Frames a burst's requests may wait for the burst to end before they are applied anyway. */
export const MAX_DEFER = 5;

/**
 * Holds the host's requests and applies them as one: a burst of a thousand messages costs one change
 * of view, not a thousand, so the embed answers as soon as the burst ends. Only the latest value of
 * each field is kept (`mergeRequests`). They are applied at the first `schedule` tick (an animation
 * frame in the embed) before which no new request came, or after `MAX_DEFER` ticks while requests
 * keep coming: a tick in the middle of a burst would otherwise apply part of it and keep the page
 * busy drawing a view nobody asked to see.
 */
export class RequestQueue {
  private pending: Pending | null = null;
  /** Requests since the last tick, and ticks waited. */
  private since = 0;
  private waited = 0;

  /** `target` gives what the requests change, at the time they apply. */
  constructor(
    private readonly target: () => RequestTarget,
    private readonly schedule: (tick: () => void) => void,
  ) {}

  /** The scenario shown once the pending requests are applied: a lone variant is checked against it. */
  get scenario(): string {
    return this.pending?.scenario ?? this.target().scenarioId;
  }

  /** Queues a parsed request; the first one since the last flush schedules a tick. */
  push(request: SetRequest): void {
    const first = this.pending === null;
    this.pending = mergeRequests(this.pending ?? {}, request, this.target().scenarioId);
    if (!first) {
      this.since++;
      return;
    }
    this.since = 0;
    this.waited = 0;
    this.schedule(() => this.tick());
  }

  private tick(): void {
    if (this.pending && this.since > 0 && this.waited < MAX_DEFER) {
      this.since = 0;
      this.waited++;
      this.schedule(() => this.tick());
      return;
    }
    this.flush();
  }

  /** Applies what is pending, if anything. */
  flush(): void {
    const r = this.pending;
    this.pending = null;
    if (r) applyRequest(this.target(), r);
  }
}
