/**
 * A stand-in for MapLibre's Map with only the methods TerritoryMap calls (MapLike), for its tests.
 * It holds the style the map was made with and applies paint, layout and filter changes to it, so a
 * test can validate the style as changed; like MapLibre it refuses a layer or source the style lacks.
 * Feature state is kept per source and id; every call is logged in `calls` for the test to read.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapLike } from './territory-map.ts';

type Listener = (event?: unknown) => void;
interface Subscription {
  type: string;
  layer?: string;
  fn: Listener;
  once: boolean;
}

/** One call the wrapper made: the method's name and its arguments. */
export interface Call {
  method: string;
  args: unknown[];
}

export class FakeMap {
  readonly style: StyleSpecification;
  calls: Call[] = [];
  /** Feature state by source, then feature id. */
  readonly states = new Map<string, Map<string | number, Record<string, unknown>>>();
  /** Images added, by id. */
  readonly images = new Map<string, unknown>();
  private subscriptions: Subscription[] = [];
  private resolveImage: ((id: string) => void) | null = null;
  removed = false;

  constructor(style: StyleSpecification) {
    this.style = structuredClone(style);
  }

  /** This fake as the map the wrapper takes. */
  get asMap(): MapLike {
    return this as unknown as MapLike;
  }

  /** The calls of one method, each call's arguments. */
  callsTo(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Fires an event at the listeners for `type` (and `layer`, for layer events). */
  fire(type: string, event?: unknown, layer?: string): void {
    for (const s of [...this.subscriptions]) {
      if (s.type !== type || s.layer !== layer) continue;
      if (s.once) this.subscriptions = this.subscriptions.filter((x) => x !== s);
      s.fn(event);
    }
  }

  /** How many listeners wait for `type`. */
  listening(type: string): number {
    return this.subscriptions.filter((s) => s.type === type).length;
  }

  /** MapLibre asks for a missing image, as when a layer first needs a pattern. */
  needImage(id: string): void {
    this.resolveImage?.(id);
  }

  private log(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  private layer(id: string): LayerSpecification {
    const layer = this.style.layers.find((l) => l.id === id);
    if (!layer) throw new Error(`the style has no layer "${id}"`);
    return layer;
  }

  private source(id: string): void {
    if (!Object.hasOwn(this.style.sources, id)) throw new Error(`the style has no source "${id}"`);
  }

  setFeatureState(target: { source: string; id: string | number }, state: Record<string, unknown>): void {
    this.log('setFeatureState', target, state);
    this.source(target.source);
    const bySource = this.states.get(target.source) ?? new Map();
    bySource.set(target.id, { ...bySource.get(target.id), ...state });
    this.states.set(target.source, bySource);
  }

  removeFeatureState(target: { source: string; id?: string | number }): void {
    this.log('removeFeatureState', target);
    this.source(target.source);
    if (target.id === undefined) this.states.delete(target.source);
    else this.states.get(target.source)?.delete(target.id);
  }

  getSource(id: string) {
    if (!Object.hasOwn(this.style.sources, id)) return undefined;
    return {
      setData: (data: unknown) => {
        this.log('setData', id, data);
        return Promise.resolve();
      },
    };
  }

  /** No features are drawn in a fake: nothing is ever on screen. */
  queryRenderedFeatures(): unknown[] {
    return [];
  }

  setPaintProperty(id: string, key: string, value: unknown): void {
    this.log('setPaintProperty', id, key, value);
    const layer = this.layer(id) as { paint?: Record<string, unknown> };
    layer.paint = { ...layer.paint, [key]: value };
  }

  setLayoutProperty(id: string, key: string, value: unknown): void {
    this.log('setLayoutProperty', id, key, value);
    const layer = this.layer(id) as { layout?: Record<string, unknown> };
    layer.layout = { ...layer.layout, [key]: value };
  }

  setFilter(id: string, filter: unknown): void {
    this.log('setFilter', id, filter);
    (this.layer(id) as { filter?: unknown }).filter = filter;
  }

  setMissingStyleImageResolver(resolve: (id: string) => void): void {
    this.resolveImage = resolve;
  }

  hasImage(id: string): boolean {
    return this.images.has(id);
  }

  addImage(id: string, image: unknown): void {
    this.log('addImage', id);
    this.images.set(id, image);
  }

  on(type: string, layerOrFn: string | Listener, fn?: Listener): this {
    if (typeof layerOrFn === 'string') this.layer(layerOrFn);
    this.subscriptions.push(
      typeof layerOrFn === 'string'
        ? { type, layer: layerOrFn, fn: fn!, once: false }
        : { type, fn: layerOrFn, once: false },
    );
    return this;
  }

  once(type: string, fn: Listener): this {
    this.subscriptions.push({ type, fn, once: true });
    return this;
  }

  off(type: string, fn: Listener): this {
    this.subscriptions = this.subscriptions.filter((s) => s.type !== type || s.fn !== fn);
    return this;
  }

  setPixelRatio(ratio: number | null): void {
    this.log('setPixelRatio', ratio);
  }

  remove(): void {
    this.removed = true;
  }
}
