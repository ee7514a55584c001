/**
 * A scenario's buffer zone in the view (view.ts): which strip the terms and the reader's width ask
 * for on the shown day, and, once the zone worker has answered for that very strip, its figures.
 */
import type { MultiPolygon } from 'geojson';
import type { RegionId, UnitProps } from '../data/types.ts';
import type { ZoneSides as Side } from '../geo/zone.ts';
import { zoneKey, type ZoneAnswer } from '../geo/zone-client.ts';
import { zoneByRegion, zoneUnits, type ZoneSides } from '../scenarios/zone-figures.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { variantOf, type Terms } from '../scenarios/terms.ts';
import { lastCall } from './last-call.ts';

/** A width chosen for a buffer zone: it holds while the scenario and its reading are the ones it was set on. */
export interface BufferChoice {
  scenario: string;
  /** The reading's id (the first's when none was named). */
  variant: string | null;
  km: number;
}

/** What the zone worker has said: its latest answer shown, or that it failed. */
export interface ZoneReply {
  answer: { key: string; answer: ZoneAnswer } | null;
  error: Error | null;
}

/** The scenario's buffer zone: what it is, and its figures once the worker has computed them. */
export interface ZoneView {
  /** `pending` while the worker computes it; `error` when it cannot, and the figures say so. */
  status: 'pending' | 'ready' | 'error';
  /** Names it in the worker's cache: date, width, sides and units. */
  key: string;
  date: string;
  km: number;
  sides: Side;
  /** Units the strip applies in. */
  applies: readonly string[];
  /** Per unit, km² of the strip on each side of the line (empty until ready). */
  units: Readonly<Record<string, ZoneSides>>;
  /** Per region row, the same. */
  regions: Partial<Record<RegionId, ZoneSides>>;
  /** The strip computed for this zone; null until ready. */
  geometry: MultiPolygon | null;
  /** What the map draws: this strip once ready, the last one computed meanwhile (no flicker while dragging). */
  drawn: MultiPolygon | null;
  /** GeoNames ids of the settlements inside it. */
  settlementIds: ReadonlySet<number>;
}

const NO_IDS: ReadonlySet<number> = new Set();

/**
 * A function giving the zone the terms draw on `date`, with the worker's answer when it is the one for
 * it. Each keeps its own memory of its last inputs: one for each side of the compare view, so that the
 * two sides' zones do not push each other out and every figure worked out from them is kept.
 */
export function zoneViewer() {
  const settlementSet = lastCall((ids: readonly number[]) => new Set(ids));
  const regionsOf = lastCall(zoneByRegion);
  const appliesOf = lastCall(zoneUnits);
  return function zoneView(
    terms: Terms,
    units: readonly UnitProps[],
    date: string,
    scenario: Scenario,
    variantId: string | null,
    chosen: BufferChoice | null,
    reply: ZoneReply,
  ): ZoneView | null {
    const rule = terms.buffer;
    if (!rule) return null;
    const variant = variantOf(scenario, variantId)?.id ?? null;
    const km = chosen && chosen.scenario === scenario.id && chosen.variant === variant ? chosen.km : rule.km;
    const applies = appliesOf(terms, units);
    const key = zoneKey(date, km, rule.sides, applies);
    const ready = reply.answer?.key === key ? reply.answer.answer : null;
    return {
      status: ready ? 'ready' : reply.error ? 'error' : 'pending',
      key,
      date,
      km,
      sides: rule.sides,
      applies,
      units: ready?.units ?? {},
      regions: ready ? regionsOf(ready.units, units) : {},
      geometry: ready?.geometry ?? null,
      drawn: ready?.geometry ?? reply.answer?.answer.geometry ?? null,
      settlementIds: ready ? settlementSet(ready.settlementIds) : NO_IDS,
    };
  };
}

/** What the map draws of a zone (style.ts's ZoneDrawing): its width once computed, and its strip. */
export const zoneDrawing = (zone: ZoneView | null) =>
  zone && { km: zone.status === 'ready' ? zone.km : null, geometry: zone.drawn };
