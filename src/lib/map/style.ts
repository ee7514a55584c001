/**
 * The offline map style, built in code from the app's own data: every source is inline GeoJSON, the
 * font comes from `font-faces`, patterns from `addImage`. Nothing here names another host.
 * Layer ids are exported so the map wrapper can update them in place.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Context, Regions } from '../data/decode.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { Lang } from '../state/url.ts';
import { FOCUS_UNITS } from '../data/types.ts';
import { PALETTE, STATUS_FILL } from './palette.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import {
  changeOpacity,
  CLAIMED_OPACITY,
  CONTROL_OPACITY,
  DMZ_OPACITY,
  lakeFilter,
  LINE_OPACITY,
  STATUS,
} from './filters.ts';
import { ZNPP } from '../scenarios/assets.ts';
import { PATTERNS } from './pattern.ts';

/**
 * How far (screen pixels) MapLibre may simplify the base map's lines and fills when it tiles them: one
 * pixel instead of its default 0.375 looks the same and leaves about a third fewer vertices, which a
 * software renderer pays for in every frame. Control keeps the default, to meet its borders exactly.
 */
const BASE_TOLERANCE = 1;

/** Everything the style is built from. */
export interface StyleInput {
  regions: Regions;
  context: Context;
  labels: FeatureCollection;
  control: ControlView;
  date: string;
  lang: Lang;
  fontFaces: StyleSpecification['font-faces'];
  /** Credit line per source id, shown by MapLibre's attribution control. */
  attribution: { control: string; regions: string; context: string };
}

/** The label text for the current language: `name_<lang>`, or `name_en` where the data has none. */
export const nameField = (lang: Lang): ExpressionSpecification =>
  lang === 'en' ? ['get', 'name_en'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
/** Power plants' labels: `name` is the English one (see PlantProps). */
export const plantNameField = (lang: Lang): ExpressionSpecification => [
  'get',
  lang === 'uk' ? 'name_uk' : 'name',
];
/** Layers that write plant names, for switching their language. */
export const PLANT_LABELS = ['nuclear-labels', 'znpp-label'];

const focusUnit: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...FOCUS_UNITS]]];
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const statusColour: ExpressionSpecification = [
  'match',
  STATUS,
  2,
  STATUS_FILL.ua,
  3,
  STATUS_FILL.contested,
  STATUS_FILL.ru,
];

/** Builds the complete style for the initial state. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { regions, context, control, date, lang, attribution } = input;
  const halo = { 'text-halo-color': PALETTE.textHalo, 'text-halo-width': 1.4, 'text-color': PALETTE.text };
  return {
    version: 8,
    'font-faces': input.fontFaces,
    // Layers are shown and skipped through their layer opacity (map/territory-map.ts). A transition
    // would fade them over 300 ms through an offscreen pass, redrawing every frame until done.
    transition: { duration: 0, delay: 0 },
    sources: {
      countries: {
        type: 'geojson',
        tolerance: BASE_TOLERANCE,
        data: regions.countries,
        attribution: attribution.regions,
      },
      units: { type: 'geojson', tolerance: BASE_TOLERANCE, data: regions.units, promoteId: 'id' },
      outline: { type: 'geojson', tolerance: BASE_TOLERANCE, data: regions.outline },
      land: { type: 'geojson', tolerance: BASE_TOLERANCE, data: regions.land },
      'unit-borders': { type: 'geojson', tolerance: BASE_TOLERANCE, data: regions.unitBorders },
      'country-borders': { type: 'geojson', tolerance: BASE_TOLERANCE, data: regions.countryBorders },
      rivers: {
        type: 'geojson',
        tolerance: BASE_TOLERANCE,
        data: context.rivers,
        attribution: attribution.context,
      },
      lakes: { type: 'geojson', tolerance: BASE_TOLERANCE, data: context.lakes },
      cities: { type: 'geojson', data: context.cities },
      plants: { type: 'geojson', data: context.plants },
      labels: { type: 'geojson', data: input.labels },
      // The history's faces and line arcs: a date is shown by their feature state (territory-map.ts).
      control: {
        type: 'geojson',
        data: control.history.faces,
        attribution: attribution.control,
        promoteId: 'k',
      },
      line: { type: 'geojson', data: control.history.lines, promoteId: 'k' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      // The border lines above draw these fills' edges, so their own anti-aliased outline pass (as
      // costly as a line layer in software WebGL) is turned off.
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': PALETTE.neighbour, 'fill-antialias': false },
      },
      {
        id: 'land-fill',
        type: 'fill',
        source: 'land',
        paint: {
          'fill-color': ['match', ['get', 'country'], 'UA', PALETTE.ukraine, PALETTE.neighbour],
          'fill-antialias': false,
        },
      },
      // What the pointer hovers and taps: queried, never drawn (a layer opacity of 0 skips drawing).
      { id: 'units-fill', type: 'fill', source: 'units', paint: { 'fill-layer-opacity': 0 } },
      {
        id: 'claimed-hatch',
        type: 'fill',
        source: 'units',
        paint: { 'fill-pattern': PATTERNS.claimed.id, 'fill-opacity': CLAIMED_OPACITY },
      },
      {
        id: 'dmz-hatch',
        type: 'fill',
        source: 'units',
        paint: { 'fill-pattern': PATTERNS.dmz.id, 'fill-opacity': DMZ_OPACITY },
      },
      {
        id: 'control-fill',
        type: 'fill',
        source: 'control',
        paint: {
          'fill-opacity': CONTROL_OPACITY,
          'fill-color': statusColour,
          // A hairline of the fill colour closes the anti-aliasing seam between neighbouring faces.
          'fill-outline-color': statusColour,
        },
      },
      {
        id: 'to-ru-fill',
        type: 'fill',
        source: 'control',
        paint: { 'fill-pattern': PATTERNS.claimed.id, 'fill-opacity': changeOpacity('to-ru') },
      },
      {
        id: 'to-ua-fill',
        type: 'fill',
        source: 'control',
        paint: { 'fill-pattern': PATTERNS.toUa.id, 'fill-opacity': changeOpacity('to-ua') },
      },
      {
        id: 'lakes',
        type: 'fill',
        source: 'lakes',
        filter: lakeFilter(date, false),
        paint: { 'fill-color': PALETTE.water },
      },
      {
        id: 'lakes-former',
        type: 'line',
        source: 'lakes',
        filter: lakeFilter(date, true),
        paint: { 'line-color': PALETTE.waterLine, 'line-width': 1, 'line-dasharray': [2, 2] },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': PALETTE.waterLine,
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            4,
            ['case', ['<=', ['get', 'rank'], 4], 1.2, 0.5],
            9,
            3,
          ],
        },
      },
      {
        id: 'units-line',
        type: 'line',
        source: 'unit-borders',
        paint: { 'line-color': PALETTE.unitBorder, 'line-width': 0.6 },
      },
      {
        id: 'countries-line',
        type: 'line',
        source: 'country-borders',
        paint: { 'line-color': PALETTE.countryBorder, 'line-width': 0.8 },
      },
      {
        id: 'line-of-control',
        type: 'line',
        source: 'line',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': PALETTE.russianHeldLine,
          'line-opacity': LINE_OPACITY,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.7, 9, 1.6],
        },
      },
      {
        id: 'units-focus-line',
        type: 'line',
        source: 'units',
        filter: focusUnit,
        paint: {
          'line-color': PALETTE.focusBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.1, 9, 2.2],
        },
      },
      {
        id: 'outline-line',
        type: 'line',
        source: 'outline',
        paint: { 'line-color': PALETTE.focusBorder, 'line-width': 1.4 },
      },
      {
        id: 'units-hover',
        type: 'line',
        source: 'units',
        paint: {
          'line-color': PALETTE.text,
          'line-width': ['case', hover, 3, 0],
          'line-opacity': ['case', hover, 1, 0],
          'line-layer-opacity': 0,
        },
      },
      {
        id: 'plants',
        type: 'circle',
        source: 'plants',
        minzoom: 6,
        filter: ['!=', ['get', 'fuel'], 'Nuclear'],
        paint: {
          'circle-radius': 2.5,
          'circle-color': PALETTE.plant,
          'circle-stroke-color': PALETTE.textHalo,
          'circle-stroke-width': 0.8,
        },
      },
      {
        id: 'nuclear',
        type: 'circle',
        source: 'plants',
        filter: ['==', ['get', 'fuel'], 'Nuclear'],
        paint: {
          'circle-radius': ['case', ['==', ['get', 'id'], ZNPP], 6.5, 4.5],
          'circle-color': PALETTE.textHalo,
          'circle-stroke-color': PALETTE.nuclear,
          'circle-stroke-width': ['case', ['==', ['get', 'id'], ZNPP], 3, 2],
        },
      },
      {
        id: 'nuclear-labels',
        type: 'symbol',
        source: 'plants',
        minzoom: 6,
        filter: ['all', ['==', ['get', 'fuel'], 'Nuclear'], ['!=', ['get', 'id'], ZNPP]],
        layout: {
          'text-field': plantNameField(lang),
          'text-font': [FONT_REGULAR],
          'text-size': 11,
          'text-anchor': 'left',
          'text-offset': [0.9, 0],
          'text-optional': true,
        },
        paint: halo,
      },
      {
        id: 'znpp-label',
        type: 'symbol',
        source: 'plants',
        filter: ['==', ['get', 'id'], ZNPP],
        layout: {
          'text-field': plantNameField(lang),
          'text-font': [FONT_BOLD],
          'text-size': 12,
          'text-anchor': 'left',
          'text-offset': [1, 0],
          'text-allow-overlap': true,
        },
        paint: halo,
      },
      {
        id: 'region-labels',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': nameField(lang),
          'text-font': [FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 15],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
          'text-variable-anchor': ['center', 'top', 'bottom'],
          'text-radial-offset': 1.2,
        },
        paint: { ...halo, 'text-color': '#5e5a54', 'text-halo-width': 1.6 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'cities',
        filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 6.5]],
        paint: {
          'circle-radius': ['match', ['get', 'rank'], 1, 4, 2, 2.8, 2],
          'circle-color': PALETTE.text,
          'circle-stroke-color': PALETTE.textHalo,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'cities',
        filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 6.5]],
        layout: {
          'text-field': nameField(lang),
          'text-font': [FONT_REGULAR],
          'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12, 11],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.6,
          'symbol-sort-key': ['-', 0, ['get', 'pop']],
        },
        paint: halo,
      },
    ],
  };
}
