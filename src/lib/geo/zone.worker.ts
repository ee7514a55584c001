/**
 * The zone worker: the strip's geometry (zone.ts) off the page's thread, so that dragging the width
 * never blocks the page. Set up once (units, outline, settlements), then one strip per message.
 */
/// <reference lib="webworker" />
import { computeZone, lineOfContact, pointsInside } from './zone.ts';
import { onOutline } from './lines.ts';
import type { FromWorker, ToWorker, ZoneSetup } from './zone-client.ts';
import type { Position } from 'geojson';

let setup: ZoneSetup | null = null;
let isOn: ((p: Position) => boolean) | null = null;

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    setup = m.setup;
    isOn = onOutline(setup.outline);
    return;
  }
  try {
    if (!setup || !isOn) throw new Error('the zone worker was not set up');
    const { line, russianHeld, km, sides, units } = m.request;
    const wanted = new Set(units);
    const zone = computeZone({
      contact: lineOfContact(line, isOn),
      units: setup.units.filter((u) => wanted.has(u.id)),
      russianHeld,
      km,
      sides,
    });
    const settlementIds = pointsInside(zone.geometry, setup.settlements);
    post({ type: 'zone', id: m.id, answer: { ...zone, settlementIds } });
  } catch (err) {
    post({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
};
