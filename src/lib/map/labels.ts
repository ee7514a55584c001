/**
 * The layers that write names (https://maplibre.org/maplibre-style-spec/layers/#symbol): towns as the
 * reader zooms in, power plants, the focus regions, cities with their dots. LABEL_TEXT gives each its text in a language, for the
 * style and for the map wrapper, which sets it again when the reader switches language.
 */
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../state/url.ts';
import { ZNPP } from '../scenarios/assets.ts';
import { PALETTE } from './palette.ts';
import { FONT_REGULAR } from './fonts.ts';
import { LAYER, SOURCE, type LayerId } from './ids.ts';
import { TOWN_DOT, TOWNS_MINZOOM } from './towns.ts';

/** The label text for the current language: `name_<lang>`, or `name_en` where the data has none. */
export const nameField = (lang: Lang): ExpressionSpecification =>
  lang === 'en' ? ['get', 'name_en'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
/** Power plants' labels: `name` is the English one (see PlantProps). */
export const plantNameField = (lang: Lang): ExpressionSpecification => [
  'get',
  lang === 'uk' ? 'name_uk' : 'name',
];

/** Every layer that writes names, with its text in a language: set again when the language changes. */
export const LABEL_TEXT = {
  [LAYER.townLabels]: nameField,
  [LAYER.nuclearLabels]: plantNameField,
  [LAYER.znppLabel]: plantNameField,
  [LAYER.regionLabels]: nameField,
  [LAYER.cityLabels]: nameField,
} as const satisfies Partial<Record<LayerId, (lang: Lang) => ExpressionSpecification>>;
export type LabelLayerId = keyof typeof LABEL_TEXT;

/** The Zaporizhzhia nuclear plant: drawn and labelled larger than the rest. */
export const isZnpp: ExpressionSpecification = ['==', ['get', 'id'], ZNPP];
const bigCities: ExpressionSpecification = ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 6.5]];
/** A town from the zoom its size earns (towns.ts `z`); MapLibre tiles, and so filters, per whole zoom. */
const townShown: ExpressionSpecification = ['>=', ['zoom'], ['get', 'z']];
const halo = { 'text-halo-color': PALETTE.textHalo, 'text-halo-width': 1.4, 'text-color': PALETTE.text };

/** A label layer with its text in `lang`. */
const label = (
  id: LabelLayerId,
  source: string,
  lang: Lang,
  rest: Omit<SymbolLayerSpecification, 'id' | 'type' | 'source'>,
): SymbolLayerSpecification => ({
  id,
  type: 'symbol',
  source,
  ...rest,
  layout: { 'text-field': LABEL_TEXT[id](lang), ...rest.layout },
  paint: { ...halo, ...rest.paint },
});

/** The name layers, bottom first, in `lang`. */
export function labelLayers(lang: Lang): LayerSpecification[] {
  return [
    // Towns first, so that every other name wins a collision with them. The dot is the label's icon,
    // so a town whose name has no room loses its dot too, rather than leaving a dot without a name.
    label(LAYER.townLabels, SOURCE.towns, lang, {
      minzoom: TOWNS_MINZOOM,
      filter: townShown,
      layout: {
        'icon-image': TOWN_DOT,
        'icon-size': ['match', ['get', 'rank'], 3, 0.75, 1],
        'text-font': [FONT_REGULAR],
        'text-size': ['match', ['get', 'rank'], 3, 10, 11],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'symbol-sort-key': ['-', 0, ['get', 'pop']],
      },
      paint: { 'text-color': '#3d3a35' },
    }),
    label(LAYER.nuclearLabels, SOURCE.plants, lang, {
      minzoom: 6,
      filter: ['all', ['==', ['get', 'fuel'], 'Nuclear'], ['!=', ['get', 'id'], ZNPP]],
      layout: {
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-optional': true,
      },
    }),
    // West of its ring: Zaporizhzhia city lies to the north-east and its name ran into this one.
    label(LAYER.znppLabel, SOURCE.plants, lang, {
      filter: isZnpp,
      layout: {
        'text-font': [FONT_REGULAR],
        'text-size': 12.5,
        'text-anchor': 'right',
        'text-offset': [-1, 0],
        'text-allow-overlap': true,
      },
    }),
    label(LAYER.regionLabels, SOURCE.labels, lang, {
      layout: {
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10.5, 8, 15.5],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.1,
        'text-max-width': 8,
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 1.2,
      },
      paint: { 'text-color': '#4a4640', 'text-halo-width': 1.6 },
    }),
    {
      id: LAYER.cityDots,
      type: 'circle',
      source: SOURCE.cities,
      filter: bigCities,
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 4, 2, 2.8, 2],
        'circle-color': PALETTE.text,
        'circle-stroke-color': PALETTE.textHalo,
        'circle-stroke-width': 1,
      },
    },
    label(LAYER.cityLabels, SOURCE.cities, lang, {
      filter: bigCities,
      layout: {
        'text-font': [FONT_REGULAR],
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12, 11],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'symbol-sort-key': ['-', 0, ['get', 'pop']],
      },
    }),
  ];
}
