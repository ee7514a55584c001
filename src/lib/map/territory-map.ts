/**
 * The map wrapper's logic: after the map is made (maplibre.ts, the one module that loads MapLibre) it
 * only updates it in place — feature state for the date (which of the history's faces and arcs are
 * on) and for the scenario, `setData` only when the whole history replaces the latest date's,
 * `setFilter` for the reservoirs, `setLayoutProperty` for language — never removing and re-adding
 * layers (the feature state itself is set by feature-state.ts). It talks to the map through MapLike
 * alone, so territory-map.test.ts runs it on a fake.
 */
import type { ErrorEvent, GeoJSONSource, MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { TownProps } from './towns.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import type { Lang, View } from '../state/url.ts';
import { coverPadding, NO_COVER, type Cover } from './cover.ts';
import {
  buildStyle,
  LABEL_TEXT,
  LAYER,
  NO_TOWNS,
  SOURCE,
  zoneData,
  type LabelLayerId,
  type StyleInput,
  type ZoneDrawing,
} from './style.ts';
import { lakeFilter, lakesDiffer, type UnitState } from './filters.ts';
import { showDate, showHover, showScenario, type MapLike, type Shown } from './feature-state.ts';
import { supplyImages } from './images.ts';

export type { MapLike } from './feature-state.ts';

/** What changes while the map is shown. */
export interface MapState {
  control: ControlView;
  sets: DrawSets;
  zone: ZoneDrawing | null;
  date: string;
  lang: Lang;
  /** Town labels; absent or null until the settlements are loaded. */
  towns?: FeatureCollection<Point, TownProps> | null;
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

/** The style a map of `input` opens with, showing `state`. */
export const initialStyle = (input: MapInput, state: MapState): StyleSpecification =>
  buildStyle({ ...input, ...state });

/** The area the map opens on: the front, the Crimea and Kursk, with some of Ukraine for context. */
export const HOME: [[number, number], [number, number]] = [
  [30.2, 44.3],
  [40.4, 52.2],
];

/** Resolves at the map's next 'idle': it has drawn everything it was given. */
const idle = (map: MapLike) => new Promise<void>((resolve) => map.once('idle', () => resolve()));

/** A map showing control, scenario and context layers. */
export class TerritoryMap {
  private hovered: string | null = null;
  private current: MapState;
  /** Resolves when the map has drawn the latest state it was given. */
  private drawn = Promise.resolve();
  /** The history on the map and what of it is on. */
  private shown: Shown | null = null;
  /** The scenario's state per unit, as last set. */
  private unitState = new Map<string, UnitState>();
  /** Last days of reservoirs that ceased to exist (Kakhovka). */
  private readonly lakeUntils: string[];
  /** Every unit's id: the scenario's state is set on each. */
  private readonly unitIds: string[];

  private constructor(
    private readonly map: MapLike,
    /** What the style was built from: kept to build a hidden copy of the map for image exports. */
    readonly input: MapInput,
    initial: MapState,
  ) {
    this.current = initial;
    this.lakeUntils = input.context.lakes.features.flatMap((f) => f.properties.until ?? []);
    this.unitIds = input.regions.unitProps.map((u) => u.id);
  }

  /**
   * Takes over `map`, just made with `initialStyle(input, initial)`, and resolves once it has loaded
   * its style and drawn its first frame with the date and the scenario's state on. Rejects if the map
   * reports an error before then.
   */
  static start(map: MapLike, input: MapInput, initial: MapState): Promise<TerritoryMap> {
    const tm = new TerritoryMap(map, input, initial);
    supplyImages(map);
    return new Promise((resolve, reject) => {
      const fail = (e: ErrorEvent) => reject(e.error);
      map.on('error', fail);
      map.once('load', () => {
        map.off('error', fail);
        tm.showScenario(initial.sets);
        tm.showDate(initial.control, true);
        void idle(map).then(() => resolve(tm));
      });
    });
  }

  /** The state last given to the map. */
  get state(): MapState {
    return this.current;
  }

  private showScenario(sets: DrawSets): void {
    this.unitState = showScenario(this.map, sets, this.unitIds, this.shown);
  }

  /** Shows a date (see feature-state.ts); returns whether anything changed. */
  private showDate(view: ControlView, inStyle = false): boolean {
    const { shown, changed } = showDate(this.map, view, this.shown, this.unitState, inStyle);
    this.shown = shown;
    return changed;
  }

  /** Applies a new state, touching only what changed. Resolves when the map has drawn it. */
  update(next: MapState): Promise<void> {
    const prev = this.current;
    this.current = next;
    const m = this.map;
    let touched = false;
    if (next.sets !== prev.sets) {
      this.showScenario(next.sets);
      touched = true;
    }
    if (this.showDate(next.control)) touched = true;
    if (next.zone?.geometry !== prev.zone?.geometry) {
      this.map.getSource<GeoJSONSource>(SOURCE.zone)?.setData(zoneData(next.zone));
      touched = true;
    }
    if (lakesDiffer(this.lakeUntils, prev.date, next.date)) {
      m.setFilter(LAYER.lakes, lakeFilter(next.date, false));
      m.setFilter(LAYER.lakesFormer, lakeFilter(next.date, true));
      touched = true;
    }
    if ((next.towns ?? null) !== (prev.towns ?? null)) {
      m.getSource<GeoJSONSource>(SOURCE.towns)?.setData(next.towns ?? NO_TOWNS);
      touched = true;
    }
    if (next.lang !== prev.lang) {
      for (const [id, text] of Object.entries(LABEL_TEXT))
        m.setLayoutProperty(id as LabelLayerId, 'text-field', text(next.lang));
      touched = true;
    }
    // Nothing new to draw means no new frame and no 'idle' to wait for: this state is drawn once
    // the previous one is.
    if (touched) this.drawn = idle(m);
    return this.drawn;
  }

  /** Calls back with the unit under the pointer or finger (null when it leaves the map). */
  onHover(callback: (hover: Hover | null) => void): void {
    const m = this.map;
    const set = (id: string | null) => {
      if (this.hovered === id) return;
      if (this.hovered) m.setFeatureState({ source: SOURCE.units, id: this.hovered }, { hover: false });
      if (id) m.setFeatureState({ source: SOURCE.units, id }, { hover: true });
      showHover(m, id !== null);
      this.hovered = id;
    };
    const at = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      set(id ?? null);
      callback(id ? { unitId: id, x: e.point.x, y: e.point.y } : null);
    };
    m.on('mousemove', LAYER.unitsFill, at);
    m.on('click', LAYER.unitsFill, at); // a tap on touch screens
    m.on('mouseleave', LAYER.unitsFill, () => {
      set(null);
      callback(null);
    });
  }

  /**
   * Calls back with the names of the towns labelled on screen each time the map settles: what the
   * reader sees, for tests and scripts (`data-towns` on the map panel).
   */
  onTownsShown(callback: (names: string[]) => void): void {
    this.map.on('idle', () => {
      const shown = this.map.queryRenderedFeatures({ layers: [LAYER.townLabels] });
      callback(shown.map((f) => String(f.properties?.name_en ?? '')));
    });
  }

  /** Calls back when the browser takes the map's WebGL context away (a GPU reset, too many pages). */
  onContextLost(callback: () => void): void {
    this.map.on('webglcontextlost', callback);
  }

  /** Calls back with the camera after every move the reader makes. */
  onViewChange(callback: (view: View) => void): void {
    this.map.on('moveend', (e) => {
      if (!('originalEvent' in e) || !e.originalEvent) return; // only moves the reader made
      callback(this.camera());
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

  /** The camera now. */
  camera(): View {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /** The area in view, [[west, south], [east, north]]: a picture of the map is fitted to it. */
  bounds(): [[number, number], [number, number]] {
    const b = this.map.getBounds();
    return [
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ];
  }

  /**
   * The map's canvas after drawing the current frame at once: `beforeprint` leaves no time to wait
   * for a frame, and WebGL clears its buffer once a frame is shown.
   */
  drawNow(): HTMLCanvasElement {
    this.map.redraw();
    return this.map.getCanvas();
  }

  /** Draws at `scale` of the screen's resolution (state/play.ts); 1 passes MapLibre's null, the screen's. */
  setResolution(scale: number): void {
    this.map.setPixelRatio((scale === 1 ? null : devicePixelRatio * scale) as number);
  }

  /** The map's canvas as last drawn (a picture map keeps its buffer; see maplibre.ts). */
  canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /**
   * Keeps another map's camera on this one's, both ways (the compare view). Returns the unlink.
   * A flag stops the echo: the follower's own 'move' would otherwise move the leader back.
   */
  linkCamera(other: TerritoryMap): () => void {
    let busy = false;
    const follow = (from: MapLike, to: MapLike) => () => {
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
