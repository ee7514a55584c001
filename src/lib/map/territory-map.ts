/**
 * The one place that touches MapLibre. Creates the map with the offline style and afterwards only
 * updates it in place — feature state for the date (once the history's faces are in; `setData` of the
 * date's pieces until then) and for the scenario, `setFilter` for the reservoirs, `setLayoutProperty`
 * for language — never removing and re-adding layers.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource } from 'maplibre-gl';
import type { ControlOnDate } from '../data/decode.ts';
import { arcKey, decodeWindow, windowOf, type FaceHistory } from '../data/faces.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import type { Lang, View } from '../state/url.ts';
import { coverPadding, NO_COVER, type Cover } from './cover.ts';
import { buildStyle, IMAGES, nameField, PLANT_LABELS, plantNameField, type StyleInput } from './style.ts';
import { lakeFilter, lakesDiffer, scenarioLayersInUse, unitStates } from './filters.ts';
import { dots, hatch } from './pattern.ts';
import { historyChanges, historyOn, unitKeyed, type HistoryOn } from './history.ts';
import { PALETTE } from './palette.ts';

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
  control: ControlOnDate;
  sets: DrawSets;
  date: string;
  lang: Lang;
  /** The history's faces; once given, dates are shown from them through feature state. */
  faces: FaceHistory | null;
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

// Patterns: stripes at 2× pixel ratio so they stay crisp on high-density screens.
const PATTERNS = {
  [IMAGES.claimed]: hatch(PALETTE.russianHeld, 12, 3),
  [IMAGES.dmz]: hatch(PALETTE.dmz, 12, 2, true),
  [IMAGES.toUa]: dots(PALETTE.russianHeldLine, 9, 1.9),
};

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
  /** The history's faces on the map and what of them is on; null while the date's pieces are drawn. */
  private history: { faces: FaceHistory; on: HistoryOn } | null = null;

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

  /** Shows the scenario through feature state (see filters.ts); hover state on units is kept. */
  private applySets(sets: DrawSets, map = this.map): void {
    const states = unitStates(sets, this.unitIds);
    for (const [id, state] of states) {
      map.setFeatureState({ source: 'control', id }, state);
      map.setFeatureState({ source: 'units', id }, state);
    }
    for (const [id, used] of Object.entries(scenarioLayersInUse(sets))) layerShown(map, id, used);
    if (map !== this.map || !this.history) return;
    for (const f of this.history.on.window.faces.features)
      map.setFeatureState({ source: 'control', id: f.properties.k }, states.get(f.properties.u) ?? {});
  }

  /**
   * Shows `date` from the history's faces: on entering a window, draws its faces and arcs; within it,
   * sets state only on those that change, so a date step costs a repaint, not a re-tiling. Returns
   * whether anything changed.
   */
  private showHistory(faceHistory: FaceHistory, date: string, sets: DrawSets): boolean {
    const m = this.map;
    const shown = this.history?.faces === faceHistory ? this.history.on : null;
    const w = windowOf(faceHistory, date);
    const window = shown?.window.w === w ? shown.window : decodeWindow(faceHistory, w);
    if (window !== shown?.window) {
      (m.getSource('control') as GeoJSONSource).setData(window.faces);
      (m.getSource('line') as GeoJSONSource).setData(window.arcs);
    }
    const on = historyOn(faceHistory, window, date);
    const changes = historyChanges(shown, on);
    const faces = window.faces.features;
    for (const n of changes.faces)
      m.setFeatureState({ source: 'control', id: faces[n].properties.k }, { on: !!on.faces[n] });
    for (const n of changes.arcs)
      m.setFeatureState({ source: 'line', id: arcKey(n) }, { on: on.arcs.has(n) });
    this.history = { faces: faceHistory, on };
    if (window !== shown?.window) this.applySets(sets);
    // A day carried forward changes nothing, and MapLibre then draws no frame to wait for.
    return changes.faces.length + changes.arcs.length > 0;
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
    return tm.drawFirst(map, initial.sets).then(async () => {
      if (initial.faces) await tm.update(initial);
      // The credits are long; start them folded behind the (i) button, as on small screens.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      return tm;
    });
  }

  /**
   * Resolves once `map` has loaded its style and drawn its first frame with the scenario's state on
   * every unit. Rejects if MapLibre reports an error before then.
   */
  private drawFirst(map: maplibregl.Map, sets: DrawSets): Promise<void> {
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
        this.applySets(sets, map);
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
    if (next.faces && (next.faces !== this.history?.faces || next.control.date !== this.history.on.date)) {
      touched = this.showHistory(next.faces, next.control.date, next.sets);
    } else if (!this.history && next.control !== prev.control) {
      (m.getSource('control') as GeoJSONSource).setData(unitKeyed(next.control.pieces));
      (m.getSource('line') as GeoJSONSource).setData(next.control.line);
      touched = true;
    }
    if (next.sets !== prev.sets) {
      this.applySets(next.sets);
      touched = true;
    }
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
      await this.drawFirst(map, this.state.sets);
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
