/**
 * The offline map style (https://maplibre.org/maplibre-style-spec/), built in code from the app's
 * own data: every source is inline GeoJSON, the font comes from `font-faces`, patterns from
 * `addImage` (pattern.ts). Nothing here names another host. The source and layer ids are one
 * registry (ids.ts, exported here too), so the map wrapper updates the same layers in place.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { Context, Regions } from '../data/decode.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { Lang } from '../state/url.ts';
import { SOURCE, type SourceId } from './ids.ts';
import { styleLayers } from './layers.ts';
import type { TownProps } from './towns.ts';

/** The towns source before the settlements are in. */
export const NO_TOWNS: FeatureCollection<Point, TownProps> = { type: 'FeatureCollection', features: [] };

export { LAYER, SOURCE, type LayerId, type SourceId } from './ids.ts';
export { LABEL_TEXT, nameField, plantNameField, type LabelLayerId } from './labels.ts';

/**
 * How far (screen pixels) MapLibre may simplify the base map's lines and fills when it tiles them: one
 * pixel instead of its default 0.375 looks the same and leaves about a third fewer vertices, which a
 * software renderer pays for in every frame. Control keeps the default, to meet its borders exactly.
 */
const BASE_TOLERANCE = 1;
/**
 * How far (px of a 512-px tile) each tile of lines and fills holds geometry beyond its edges: enough
 * for the widest line and its joins. MapLibre's default, 128, makes each tile hold 2.25 times its own
 * area, and every frame draws the overlap: with the history's faces, that was 40 % of a frame's
 * vertices. Names and dots keep the default, so that a label near a tile's edge is placed whole.
 */
const EDGE_BUFFER = 8;

/** Everything the style is built from. */
export interface StyleInput {
  regions: Regions;
  context: Context;
  labels: FeatureCollection;
  control: ControlView;
  /** A buffer zone to draw, if the scenario has one and it has been computed. */
  zone: ZoneDrawing | null;
  date: string;
  lang: Lang;
  /** Town labels (towns.ts), once the settlements are loaded. */
  towns?: FeatureCollection<Point, TownProps> | null;
  fontFaces: StyleSpecification['font-faces'];
  /** Credit line per source id, shown by MapLibre's attribution control. */
  attribution: { control: string; regions: string; context: string; towns?: string };
}

/** A buffer zone as the map draws it: its width (km) once computed, and its strip. */
export interface ZoneDrawing {
  /** The width the strip is of; null while the one asked for is being computed (the last one stays). */
  km: number | null;
  geometry: MultiPolygon | null;
}

/** The zone source's data: the strip, or nothing. */
export const zoneData = (zone: ZoneDrawing | null): FeatureCollection<MultiPolygon> => ({
  type: 'FeatureCollection',
  features: zone?.geometry ? [{ type: 'Feature', properties: {}, geometry: zone.geometry }] : [],
});

/** Builds the complete style for the initial state. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { regions, context, control, date, lang, attribution } = input;
  const edges = { type: 'geojson', buffer: EDGE_BUFFER } as const;
  const base = { ...edges, tolerance: BASE_TOLERANCE } as const;
  const sources: Record<SourceId, StyleSpecification['sources'][string]> = {
    [SOURCE.countries]: { ...base, data: regions.countries, attribution: attribution.regions },
    [SOURCE.units]: { ...base, data: regions.units, promoteId: 'id' },
    [SOURCE.outline]: { ...base, data: regions.outline },
    [SOURCE.land]: { ...base, data: regions.land },
    [SOURCE.unitBorders]: { ...base, data: regions.unitBorders },
    [SOURCE.countryBorders]: { ...base, data: regions.countryBorders },
    [SOURCE.rivers]: { ...base, data: context.rivers, attribution: attribution.context },
    [SOURCE.lakes]: { ...base, data: context.lakes },
    [SOURCE.cities]: { type: 'geojson', data: context.cities },
    [SOURCE.towns]: {
      type: 'geojson',
      data: input.towns ?? NO_TOWNS,
      ...(attribution.towns ? { attribution: attribution.towns } : {}),
    },
    [SOURCE.plants]: { type: 'geojson', data: context.plants },
    [SOURCE.labels]: { type: 'geojson', data: input.labels },
    // The history's faces and line arcs: a date is shown by their feature state (territory-map.ts).
    [SOURCE.control]: {
      ...edges,
      data: control.history.faces,
      attribution: attribution.control,
      promoteId: 'k',
    },
    [SOURCE.line]: { ...edges, data: control.history.lines, promoteId: 'k' },
    [SOURCE.zone]: { ...edges, data: zoneData(input.zone) },
  };
  return {
    version: 8,
    'font-faces': input.fontFaces,
    // The hover outline is shown and skipped through its layer opacity (feature-state.ts). A transition
    // would fade it over 300 ms through an offscreen pass, redrawing every frame until done.
    transition: { duration: 0, delay: 0 },
    sources,
    layers: styleLayers(date, lang),
  };
}
