/**
 * The style's layers (https://maplibre.org/maplibre-style-spec/layers/), bottom first, as style.ts
 * assembles them. Scenario layers show and hide through feature state (filters.ts); the layers that
 * write names are in labels.ts.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../state/url.ts';
import { FOCUS_UNITS } from '../data/types.ts';
import { PALETTE, STATUS_FILL } from './palette.ts';
import { PATTERNS } from './pattern.ts';
import { LAYER, SOURCE } from './ids.ts';
import { isZnpp, labelLayers } from './labels.ts';
import {
  changeOpacity,
  CLAIMED_OPACITY,
  CONTROL_OPACITY,
  DMZ_OPACITY,
  lakeFilter,
  LINE_OPACITY,
  STATUS,
} from './filters.ts';

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
/** Land, borders and water, under and between the control layers. */
function baseLayers(date: string): LayerSpecification[] {
  return [
    { id: LAYER.sea, type: 'background', paint: { 'background-color': PALETTE.sea } },
    // The border lines above draw these fills' edges, so their own anti-aliased outline pass (as
    // costly as a line layer in software WebGL) is turned off.
    {
      id: LAYER.countriesFill,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': PALETTE.neighbour, 'fill-antialias': false },
    },
    {
      id: LAYER.landFill,
      type: 'fill',
      source: SOURCE.land,
      paint: {
        'fill-color': ['match', ['get', 'country'], 'UA', PALETTE.ukraine, PALETTE.neighbour],
        'fill-antialias': false,
      },
    },
    // What the pointer hovers and taps: queried, never drawn (a layer opacity of 0 skips drawing).
    { id: LAYER.unitsFill, type: 'fill', source: SOURCE.units, paint: { 'fill-layer-opacity': 0 } },
    ...scenarioLayers(),
    {
      id: LAYER.lakes,
      type: 'fill',
      source: SOURCE.lakes,
      filter: lakeFilter(date, false),
      paint: { 'fill-color': PALETTE.water },
    },
    {
      id: LAYER.lakesFormer,
      type: 'line',
      source: SOURCE.lakes,
      filter: lakeFilter(date, true),
      paint: { 'line-color': PALETTE.waterLine, 'line-width': 1, 'line-dasharray': [2, 2] },
    },
    {
      id: LAYER.rivers,
      type: 'line',
      source: SOURCE.rivers,
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
      id: LAYER.unitsLine,
      type: 'line',
      source: SOURCE.unitBorders,
      paint: { 'line-color': PALETTE.unitBorder, 'line-width': 0.6 },
    },
    {
      id: LAYER.countriesLine,
      type: 'line',
      source: SOURCE.countryBorders,
      paint: { 'line-color': PALETTE.countryBorder, 'line-width': 0.8 },
    },
  ];
}

/**
 * The scenario's hatches and the history's faces, shown by feature state (filters.ts). The hatches
 * draw without an anti-aliased outline: a stripe's edge shows no seam, and the outline pass over every
 * face of the history, drawn even where feature state makes a hatch transparent, was a quarter of the
 * vertices of each frame.
 */
function scenarioLayers(): LayerSpecification[] {
  const { claimed, dmz, toUa } = PATTERNS;
  const hatch = (pattern: string, opacity: ExpressionSpecification | number) => ({
    'fill-pattern': pattern,
    'fill-opacity': opacity,
    'fill-antialias': false,
  });
  return [
    { id: LAYER.claimedHatch, type: 'fill', source: SOURCE.units, paint: hatch(claimed.id, CLAIMED_OPACITY) },
    { id: LAYER.dmzHatch, type: 'fill', source: SOURCE.units, paint: hatch(dmz.id, DMZ_OPACITY) },
    {
      id: LAYER.controlFill,
      type: 'fill',
      source: SOURCE.control,
      paint: {
        'fill-opacity': CONTROL_OPACITY,
        'fill-color': statusColour,
        // A hairline of the fill colour closes the anti-aliasing seam between neighbouring faces.
        'fill-outline-color': statusColour,
      },
    },
    {
      id: LAYER.toRuFill,
      type: 'fill',
      source: SOURCE.control,
      paint: hatch(claimed.id, changeOpacity('to-ru')),
    },
    {
      id: LAYER.toUaFill,
      type: 'fill',
      source: SOURCE.control,
      paint: hatch(toUa.id, changeOpacity('to-ua')),
    },
    { id: LAYER.zoneHatch, type: 'fill', source: SOURCE.zone, paint: hatch(dmz.id, 1) },
    {
      id: LAYER.zoneLine,
      type: 'line',
      source: SOURCE.zone,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.dmz, 'line-width': 1.2 },
    },
  ];
}

/** The line of control, the focus borders, the hover outline, power plants and names, on top. */
function topLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: LAYER.lineOfControl,
      type: 'line',
      source: SOURCE.line,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.russianHeldLine,
        'line-opacity': LINE_OPACITY,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.7, 9, 1.6],
      },
    },
    {
      id: LAYER.unitsFocusLine,
      type: 'line',
      source: SOURCE.units,
      filter: ['in', ['get', 'id'], ['literal', [...FOCUS_UNITS]]],
      paint: {
        'line-color': PALETTE.focusBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.1, 9, 2.2],
      },
    },
    {
      id: LAYER.outlineLine,
      type: 'line',
      source: SOURCE.outline,
      paint: { 'line-color': PALETTE.focusBorder, 'line-width': 1.4 },
    },
    {
      id: LAYER.unitsHover,
      type: 'line',
      source: SOURCE.units,
      paint: {
        'line-color': PALETTE.text,
        'line-width': ['case', hover, 3, 0],
        'line-opacity': ['case', hover, 1, 0],
        'line-layer-opacity': 0,
      },
    },
    {
      id: LAYER.plants,
      type: 'circle',
      source: SOURCE.plants,
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
      id: LAYER.nuclear,
      type: 'circle',
      source: SOURCE.plants,
      filter: ['==', ['get', 'fuel'], 'Nuclear'],
      paint: {
        'circle-radius': ['case', isZnpp, 6.5, 4.5],
        'circle-color': PALETTE.textHalo,
        'circle-stroke-color': PALETTE.nuclear,
        'circle-stroke-width': ['case', isZnpp, 3, 2],
      },
    },
    ...labelLayers(lang),
  ];
}

/** Every layer of the style, bottom first, for the date's reservoirs and the language's labels. */
export const styleLayers = (date: string, lang: Lang): LayerSpecification[] => [
  ...baseLayers(date),
  ...topLayers(lang),
];
