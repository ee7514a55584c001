/**
 * Computes the buffer zones the view asks for (its own, and the compared scenario's) in Web Workers
 * (geo/zone.worker.ts), so that a width change never blocks the page. A side's worker starts the
 * first time it shows a zone, with Ukraine's units, its outline and the settlements; each answer is
 * handed to AppState only while it is still the zone shown. A failure (the worker, or the settlements
 * it needs) becomes the view's `error`, and the figures say the zone is unavailable. Call during
 * component setup.
 *
 * Timing for the benchmark: a width change marks `zone-width-start` (WidthControl), and
 * `zone-width` is measured from there once its figures are in the page.
 */
import { tick } from 'svelte';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AppState, Loaded } from '../state/app.svelte.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { View, ZoneReply, ZoneView } from '../state/view.ts';
import { ZoneClient, type WorkerLike, type ZoneRequest } from '../geo/zone-client.ts';
import { startZoneWorker } from '../geo/zone-worker-start.ts';

/** The mark a width change sets, from which `zone-width` is measured. */
export const ZONE_WIDTH_START = 'zone-width-start';

async function startClient(app: AppState, data: Loaded): Promise<ZoneClient> {
  // The same download as the people table's and the town labels' (AppState fetches it once).
  const wanted = app.wantSettlements();
  if (!wanted) throw new Error('the data is not loaded');
  const settlements = await wanted;
  const worker = startZoneWorker();
  const outline = data.regions.outline.features[0].geometry;
  return new ZoneClient(worker as unknown as WorkerLike, {
    units: data.regions.units.features
      .filter((f) => f.properties.country === 'UA')
      .map((f) => ({ id: f.properties.id, geometry: f.geometry })),
    outline,
    settlements: settlements.features.map((f) => ({
      id: f.properties.id,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    })),
  });
}

/** What the worker needs of the date: the line of control and the Russian-held land of the units. */
function requestOf(zone: ZoneView, control: ControlView): ZoneRequest {
  const wanted = new Set(zone.applies);
  const russianHeld: Record<string, Polygon | MultiPolygon> = {};
  for (const f of control.pieces.features)
    if (f.properties.s === 'ru' && wanted.has(f.properties.u)) russianHeld[f.properties.u] = f.geometry;
  return {
    key: zone.key,
    line: control.line.geometry,
    russianHeld,
    km: zone.km,
    sides: zone.sides,
    units: [...zone.applies],
  };
}

/** Each side of the compare view has a worker of its own, so that neither drops the other's request. */
type Side = 'main' | 'compare';

export function computeZones(app: AppState): void {
  const clients: Partial<Record<Side, Promise<ZoneClient>>> = {};
  for (const side of ['main', 'compare'] as const) {
    const shownOf = (view: View | null) => (side === 'main' ? view : view?.compare);
    $effect(() => {
      const data = app.data;
      const shown = shownOf(app.view);
      const zone = shown?.zone;
      // Pending, and the date's own control is here (not the latest's stand-in while the history loads).
      if (!data || !shown || !zone || zone.status !== 'pending' || shown.control.date !== zone.date) return;
      const request = requestOf(zone, shown.control);
      const reply = (r: ZoneReply) => (side === 'main' ? (app.zoneReply = r) : (app.compareZoneReply = r));
      (clients[side] ??= startClient(app, data))
        .then((c) => c.request(request))
        .then(
          async (answer) => {
            if (!answer || shownOf(app.view)?.zone?.key !== zone.key) return;
            reply({ answer: { key: zone.key, answer }, error: null });
            await tick();
            if (side === 'main' && performance.getEntriesByName(ZONE_WIDTH_START, 'mark').length) {
              performance.measure('zone-width', ZONE_WIDTH_START);
              performance.clearMarks(ZONE_WIDTH_START);
            }
          },
          (err: unknown) => {
            const error = err instanceof Error ? err : new Error(String(err));
            // The first failure is told once; the view keeps saying the figures are unavailable.
            if (!app.zoneReply.error && !app.compareZoneReply.error)
              app.notices = [...app.notices, { kind: 'zone-failed', detail: error.message }];
            reply({ answer: null, error });
          },
        );
    });
  }
}
