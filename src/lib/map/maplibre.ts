/**
 * The one module that loads MapLibre: it makes maps (the reader's, and hidden ones drawn for image
 * exports) and hands them to TerritoryMap (territory-map.ts), which does everything after that.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { View } from '../state/url.ts';
import { HOME, initialStyle, TerritoryMap, type MapInput, type MapState } from './territory-map.ts';

/**
 * The offline single file (`npm run build:single`) inlines the worker as a data: URL. A worker started
 * from a data: URL gets an opaque origin, so it is handed over as a blob: URL of the same code instead.
 */
function workerFrom(url: string): string {
  if (!url.startsWith('data:')) return url;
  const [head, payload] = [url.slice(0, url.indexOf(',')), url.slice(url.indexOf(',') + 1)];
  const code = head.endsWith(';base64')
    ? new TextDecoder().decode(base64Bytes(payload))
    : decodeURIComponent(payload);
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

function base64Bytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

maplibregl.setWorkerUrl(workerFrom(workerUrl));
// The worker's script is fetched and started now, while the page fetches its data and lays itself
// out, rather than once the map is made: that was a third of a second on the way to the first frame.
maplibregl.prewarm();

/** Hands a new map to TerritoryMap; a map that fails before its first frame is freed. */
function started(map: maplibregl.Map, input: MapInput, initial: MapState): Promise<TerritoryMap> {
  return TerritoryMap.start(map, input, initial).catch((err: unknown) => {
    map.remove();
    throw err;
  });
}

/**
 * Makes the reader's map in `container` and resolves once it has drawn `initial` (see
 * TerritoryMap.start); rejects if MapLibre reports an error before then.
 * @param camera where to open; null opens on HOME
 * @param credits whether it shows MapLibre's credits button
 */
export async function openMap(
  container: HTMLElement,
  input: MapInput,
  initial: MapState,
  camera: View | null,
  credits = true,
): Promise<TerritoryMap> {
  const map = new maplibregl.Map({
    container,
    style: initialStyle(input, initial),
    ...(camera ? { center: [camera.lon, camera.lat], zoom: camera.zoom } : { bounds: HOME }),
    maxBounds: [
      [14, 38],
      [50, 58],
    ],
    minZoom: 3.5,
    maxZoom: 11,
    dragRotate: false,
    cooperativeGestures: input.cooperative,
    locale: input.locale,
    pitchWithRotate: false,
    attributionControl: credits && { compact: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const tm = await started(map, input, initial);
  // The credits are long; start them folded behind the (i) button, as on small screens.
  container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  return tm;
}

/**
 * Makes a still map in `container` for a picture (the image export), fitted to `bounds` and drawn at
 * `pixelRatio`; it keeps its drawing buffer, so its canvas can be copied once it resolves.
 */
export function openPictureMap(
  container: HTMLElement,
  input: MapInput,
  state: MapState,
  bounds: [[number, number], [number, number]],
  pixelRatio: number,
): Promise<TerritoryMap> {
  const map = new maplibregl.Map({
    container,
    style: initialStyle(input, state),
    bounds,
    // No maxBounds: the fitted area may reach past the reader's limits in one direction.
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio,
    // Kept after the frame, so it can be copied once the map is idle.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  return started(map, input, state);
}
