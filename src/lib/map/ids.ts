/**
 * The map style's source and layer ids: one registry, so that the style (style.ts, layers.ts,
 * labels.ts), the map wrapper (territory-map.ts, feature-state.ts), the filters (filters.ts), the
 * benchmark's bare page and the tests name the same things, and a typo is a type error rather than
 * a layer that silently never updates. Layers are listed in drawing order, bottom first;
 * style.test.ts checks that the style has exactly these.
 */

export const SOURCE = {
  countries: 'countries',
  /** Administrative units, feature id = the unit's id: scenario and hover state. */
  units: 'units',
  outline: 'outline',
  land: 'land',
  unitBorders: 'unit-borders',
  countryBorders: 'country-borders',
  rivers: 'rivers',
  lakes: 'lakes',
  cities: 'cities',
  /** GeoNames settlements (towns.ts), empty until they are loaded. */
  towns: 'towns',
  plants: 'plants',
  labels: 'labels',
  /** The history's faces, feature id = `k`: a date's status (`st`) and the scenario's state. */
  control: 'control',
  /** The history's line arcs, feature id = `k`: `on` for the date. */
  line: 'line',
  /** A buffer zone's strip, computed in the browser (geo/zone.worker.ts). */
  zone: 'zone',
} as const;

export const LAYER = {
  sea: 'sea',
  countriesFill: 'countries-fill',
  landFill: 'land-fill',
  /** Queried for hover and taps, never drawn. */
  unitsFill: 'units-fill',
  claimedHatch: 'claimed-hatch',
  dmzHatch: 'dmz-hatch',
  controlFill: 'control-fill',
  toRuFill: 'to-ru-fill',
  toUaFill: 'to-ua-fill',
  /** The buffer zone over both fills: cross-hatched like other demilitarised land, and outlined. */
  zoneHatch: 'zone-hatch',
  zoneLine: 'zone-line',
  lakes: 'lakes',
  lakesFormer: 'lakes-former',
  rivers: 'rivers',
  unitsLine: 'units-line',
  countriesLine: 'countries-line',
  lineOfControl: 'line-of-control',
  unitsFocusLine: 'units-focus-line',
  outlineLine: 'outline-line',
  unitsHover: 'units-hover',
  plants: 'plants',
  nuclear: 'nuclear',
  townLabels: 'town-labels',
  nuclearLabels: 'nuclear-labels',
  znppLabel: 'znpp-label',
  regionLabels: 'region-labels',
  cityDots: 'city-dots',
  cityLabels: 'city-labels',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
export type LayerId = (typeof LAYER)[keyof typeof LAYER];
