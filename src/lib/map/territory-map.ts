/**
 * The one place that touches MapLibre. Creates the map with the offline style and afterwards only
 * updates it in place — feature state for the date (which of the history's faces and arcs are on)
 * and for the scenario, `setData` only when the whole history replaces the latest date's, `setFilter`
 * for the reservoirs, `setLayoutProperty` for language — never removing and re-adding layers.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource } from 'maplibre-gl';
import type { ControlHistory } from '../data/history.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import type { Lang, View } from '../state/url.ts';
import { coverPadding, NO_COVER, type Cover } from './cover.ts';
import { buildStyle, nameField, PLANT_LABELS, plantNameField, type StyleInput } from './style.ts';
import { lakeFilter, lakesDiffer, scenarioLayersInUse, unitStates, type UnitState } from './filters.ts';
import { mapImages } from './pattern.ts';

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

/** What changes while the map is shown. */
export interface MapState {
  control: ControlView;
  sets: DrawSets;
  date: string;
  lang: Lang;
}

/** What of a history the map has on: its faces' status codes and its line arcs, on one date. */
interface Shown {
  history: ControlHistory;
  index: number;
  statuses: Uint8Array;
  lines: Uint8Array;
}

/** A unit under the pointer (or tapped), with the pixel to place a tooltip at. */
export interface Hover {
  unitId: string;
  x: number;
  y: number;
}

/** Fixed data the style is built from once. */
export type MapInput = Omit<StyleInput, keyof MapState | 'fontFaces'> & {
  fontFaces: StyleInput['fontFaces'];
  /** Inside an article: plain scrolling scrolls the page; ctrl/⌘ + wheel or two fingers move the map. */
  cooperative: boolean;
  /** MapLibre's own UI strings (zoom buttons, gesture hints) in the page's language. */
  locale: Record<string, string>;
};

/** The area the map opens on: the front, the Crimea and Kursk, with some of Ukraine for context. */
export const HOME: [[number, number], [number, number]] = [
  [30.2, 44.3],
  [40.4, 52.2],
];

const PATTERNS = mapImages();

/**
 * Shows or skips a whole layer through its layer opacity: unlike visibility or a filter, which make
 * MapLibre re-tile the source, this only repaints (see scenarioLayersInUse).
 */
function layerShown(map: maplibregl.Map, id: string, shown: boolean): void {
  const opacity = shown ? 1 : 0;
  if (map.getLayer(id)?.type === 'line') map.setPaintProperty(id, 'line-layer-opacity', opacity);
  else map.setPaintProperty(id, 'fill-layer-opacity', opacity);
}

/** A MapLibre map showing control, scenario and context layers. */
export class TerritoryMap {
  private hovered: string | null = null;
  private state: MapState;
  /** Resolves when the map has drawn the latest state it was given. */
  private drawn = Promise.resolve();
  /** The history on the map and what of it is on. */
  private shown: Shown | null = null;
  /** The scenario's state per unit, as last set. */
  private unitState = new Map<string, UnitState>();

  private constructor(
    private readonly map: maplibregl.Map,
    /** Kept to build a hidden copy of the map for image exports. */
    private readonly input: MapInput,
    initial: MapState,
    /** Last days of reservoirs that ceased to exist (Kakhovka). */
    private readonly lakeUntils: string[],
    /** Every unit's id: the scenario's state is set on each. */
    private readonly unitIds: string[],
  ) {
    this.state = initial;
  }

  /**
   * Shows the scenario through feature state (see filters.ts): on every unit, and on every face that
   * is on (a face that comes on later gets its unit's state then). Hover state on units is kept.
   */
  private applySets(sets: DrawSets, map = this.map): void {
    this.unitState = unitStates(sets, this.unitIds);
    for (const [id, state] of this.unitState) map.setFeatureState({ source: 'units', id }, state);
    for (const [id, used] of Object.entries(scenarioLayersInUse(sets))) layerShown(map, id, used);
    const shown = map === this.map ? this.shown : null;
    if (!shown) return;
    const faces = shown.history.faces.features;
    shown.statuses.forEach((st, f) => {
      if (st)
        map.setFeatureState({ source: 'control', id: f }, this.unitState.get(faces[f].properties.u) ?? {});
    });
  }

  /**
   * Shows a date of a history: the faces and line arcs on that date on, the rest off. Within one
   * history only those that change get new state, so a date step is a repaint; a new history (the
   * whole one replacing the latest date's) is handed to MapLibre once. Returns whether anything changed.
   */
  private showControl(view: ControlView, map = this.map, inStyle = false): boolean {
    const before = map === this.map ? this.shown : null;
    const { history, index } = view;
    const same = before?.history === history;
    if (!same && !inStyle) {
      // Feature state outlives setData: the old history's ids would mark the new one's faces.
      map.removeFeatureState({ source: 'control' });
      map.removeFeatureState({ source: 'line' });
      (map.getSource('control') as GeoJSONSource).setData(history.faces);
      (map.getSource('line') as GeoJSONSource).setData(history.lines);
    }
    if (same && before.index === index) return false;
    const statuses = history.statuses(index);
    const lines = history.linesOn(index);
    const faces = history.faces.features;
    let changes = 0;
    statuses.forEach((st, f) => {
      if (same ? before.statuses[f] === st : !st) return;
      changes++;
      const unit = st ? this.unitState.get(faces[f].properties.u) : undefined;
      map.setFeatureState({ source: 'control', id: f }, { ...unit, st });
    });
    lines.forEach((on, k) => {
      if (same ? before.lines[k] === on : !on) return;
      changes++;
      map.setFeatureState({ source: 'line', id: k }, { on: !!on });
    });
    if (map === this.map) this.shown = { history, index, statuses, lines };
    // A day carried forward changes nothing, and MapLibre then draws no frame to wait for.
    return changes > 0 || !same;
  }

  /**
   * Creates the map and resolves once the style is loaded and the first frame with every layer has
   * been drawn. Rejects if MapLibre reports an error before then.
   */
  static create(
    container: HTMLElement,
    input: MapInput,
    initial: MapState,
    view: View | null,
  ): Promise<TerritoryMap> {
    const map = new maplibregl.Map({
      container,
      style: buildStyle({ ...input, ...initial }),
      ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { bounds: HOME }),
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
      attributionControl: { compact: true },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const untils = input.context.lakes.features.flatMap((f) => f.properties.until ?? []);
    const tm = new TerritoryMap(
      map,
      input,
      initial,
      untils,
      input.regions.unitProps.map((u) => u.id),
    );
    return tm.drawFirst(map, initial).then(() => {
      // The credits are long; start them folded behind the (i) button, as on small screens.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      return tm;
    });
  }

  /**
   * Resolves once `map` has loaded its style and drawn its first frame with the date and the
   * scenario's state on. Rejects if MapLibre reports an error before then.
   */
  private drawFirst(map: maplibregl.Map, state: MapState): Promise<void> {
    // Patterns are made in code; MapLibre asks for them the first time a layer needs them.
    map.setMissingStyleImageResolver((id) => {
      const img = PATTERNS[id as keyof typeof PATTERNS];
      if (img && !map.hasImage(id)) map.addImage(id, img, { pixelRatio: 2 });
    });
    return new Promise((resolve, reject) => {
      const fail = (e: maplibregl.ErrorEvent) => reject(e.error);
      map.on('error', fail);
      map.once('load', () => {
        map.off('error', fail);
        this.applySets(state.sets, map);
        this.showControl(state.control, map, true);
        map.once('idle', () => resolve());
      });
    });
  }

  /** Applies a new state, touching only what changed. Resolves when the map has drawn it. */
  update(next: MapState): Promise<void> {
    const prev = this.state;
    this.state = next;
    const m = this.map;
    let touched = false;
    if (next.sets !== prev.sets) {
      this.applySets(next.sets);
      touched = true;
    }
    if (this.showControl(next.control)) touched = true;
    if (lakesDiffer(this.lakeUntils, prev.date, next.date)) {
      m.setFilter('lakes', lakeFilter(next.date, false));
      m.setFilter('lakes-former', lakeFilter(next.date, true));
      touched = true;
    }
    if (next.lang !== prev.lang) {
      for (const id of ['region-labels', 'city-labels'])
        m.setLayoutProperty(id, 'text-field', nameField(next.lang));
      for (const id of PLANT_LABELS) m.setLayoutProperty(id, 'text-field', plantNameField(next.lang));
      touched = true;
    }
    // Nothing new to draw means no new frame and no 'idle' to wait for: this state is drawn once
    // the previous one is.
    if (touched) this.drawn = new Promise((resolve) => m.once('idle', () => resolve()));
    return this.drawn;
  }

  /** Calls back with the unit under the pointer or finger (null when it leaves the map). */
  onHover(callback: (hover: Hover | null) => void): void {
    const m = this.map;
    const set = (id: string | null) => {
      if (this.hovered === id) return;
      if (this.hovered) m.setFeatureState({ source: 'units', id: this.hovered }, { hover: false });
      if (id) m.setFeatureState({ source: 'units', id }, { hover: true });
      layerShown(m, 'units-hover', id !== null);
      this.hovered = id;
    };
    const at = (e: maplibregl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      set(id ?? null);
      callback(id ? { unitId: id, x: e.point.x, y: e.point.y } : null);
    };
    m.on('mousemove', 'units-fill', at);
    m.on('click', 'units-fill', at); // a tap on touch screens
    m.on('mouseleave', 'units-fill', () => {
      set(null);
      callback(null);
    });
  }

  /** Calls back with the camera after every move the reader makes. */
  onViewChange(callback: (view: View) => void): void {
    this.map.on('moveend', (e) => {
      if (!('originalEvent' in e) || !e.originalEvent) return; // only moves the reader made
      const c = this.map.getCenter();
      callback({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
  }

  /**
   * Moves the camera: a short flight, or a jump when the reader prefers reduced motion.
   * @param cover the part of the map hidden under a panel; the view centres in the rest
   */
  moveTo(view: View, animate: boolean, cover: Cover = NO_COVER): void {
    const box = this.map.getContainer();
    const to = {
      center: [view.lon, view.lat] as [number, number],
      zoom: view.zoom,
      padding: coverPadding(cover, box.clientWidth, box.clientHeight),
    };
    if (animate) this.map.flyTo({ ...to, duration: 1200 });
    else this.map.jumpTo(to);
  }

  /**
   * A picture of the area the reader sees, fitted whole into `width` × `height` CSS px and drawn at
   * `pixelRatio`. It is drawn afresh by a hidden map of that size, so it is as sharp from a phone as
   * from a desktop and the map on screen does not move.
   */
  async picture(width: number, height: number, pixelRatio: number): Promise<HTMLCanvasElement> {
    const box = document.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    // Off the page rather than display:none: MapLibre needs a laid-out box to draw into.
    Object.assign(box.style, {
      position: 'fixed',
      left: `${-width - 100}px`,
      top: '0',
      width: `${width}px`,
      height: `${height}px`,
      pointerEvents: 'none',
    });
    document.body.append(box);
    const map = new maplibregl.Map({
      container: box,
      style: buildStyle({ ...this.input, ...this.state }),
      bounds: this.map.getBounds(),
      // No maxBounds: the fitted area may reach past the reader's limits in one direction.
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio,
      // Kept after the frame, so it can be copied once the map is idle.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    try {
      await this.drawFirst(map, this.state);
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')?.drawImage(src, 0, 0);
      return copy;
    } finally {
      map.remove();
      box.remove();
    }
  }

  /**
   * The map as shown, as a PNG data: URL, taken at once: `beforeprint` leaves no time to wait for a
   * frame, so the map is drawn synchronously and read back before WebGL clears its buffer.
   */
  printImage(): string {
    this.map.redraw();
    return this.map.getCanvas().toDataURL('image/png');
  }

  /** The camera now. */
  camera(): View {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /**
   * Keeps another map's camera on this one's, both ways (the compare view). Returns the unlink.
   * A flag stops the echo: the follower's own 'move' would otherwise move the leader back.
   */
  linkCamera(other: TerritoryMap): () => void {
    let busy = false;
    const follow = (from: maplibregl.Map, to: maplibregl.Map) => () => {
      if (busy) return;
      busy = true;
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom() });
      busy = false;
    };
    const forward = follow(this.map, other.map);
    const back = follow(other.map, this.map);
    this.map.on('move', forward);
    other.map.on('move', back);
    forward();
    return () => {
      this.map.off('move', forward);
      other.map.off('move', back);
    };
  }

  /** Frees the WebGL context. */
  destroy(): void {
    this.map.remove();
  }
}
