/**
 * A scenario's shapes as GeoJSON, for readers who want the map in their own GIS: the control pieces
 * of the reference date and the units a scenario hands over whole, each tagged with what happens to
 * it. Which piece gets which status comes from draw.ts, so the file draws as the map does.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ControlView } from '../state/control.svelte.ts';
import type { RegionId, UnitProps } from '../data/types.ts';
import { drawSets, pieceChange, pieceShown } from '../scenarios/draw.ts';
import type { Terms } from '../scenarios/terms.ts';
import type { ZoneSides } from '../geo/zone.ts';
import { ATTRIBUTION, LICENCE, SOURCES, type ExportAbout, type ExportSource } from './about.ts';

type Areal = Polygon | MultiPolygon;

/**
 * What a feature stands for under the scenario.
 *
 * Land passing wholly to Russia (or demilitarised) is not cut out as "unit minus held pieces": on the
 * latest date that difference took 0.7–1.8 s per oblast with Turf/polyclip-ts on a 2-core machine
 * (several seconds for Russia's claim, on the main thread), and, because units and pieces come from
 * two topologies quantised apart, it left 150–500 slivers per oblast, over 95 % of them under 1 km².
 * So the whole unit is exported (`ru-claimed`, `dmz-claimed`) with the held pieces (`ru`) on top.
 */
export type ExportStatus =
  'ru' | 'ua' | 'contested' | 'to-ru' | 'to-ua' | 'ru-claimed' | 'dmz-claimed' | 'zone';

const STATUSES: Readonly<Record<ExportStatus, string>> = {
  ru: 'Under Russian control on the line of control, and staying so.',
  ua: 'Held by Ukraine inside Russia on the line of control, and staying so.',
  contested: 'Contested (grey zone) inside Russia on the line of control, and staying so.',
  'to-ru': 'Held by Ukraine or contested inside Russia; would pass to Russian control.',
  'to-ua': 'Under Russian control; would return to Ukrainian control.',
  'ru-claimed':
    'A whole unit that would be Russian-held. Its part not covered by `ru` features would pass to Russian control.',
  'dmz-claimed':
    'A whole unit whose Ukraine-held part would be demilitarised: its part not covered by `ru` features.',
  zone: 'A demilitarised strip along the line of contact, `km` wide on the `sides` of the line it takes (both, ua: the Ukraine-held side, ru: the Russian-held side), across the units it applies in. It lies over the other features.',
};

export interface ExportProps {
  status: ExportStatus;
  /** Unit id of regions.bin, e.g. `donetsk`, `sevastopol`, `kursk`. */
  unit: string;
  /** Area-table row the unit sums into. */
  region: RegionId | null;
  /** A `zone` feature's width, km, on each side it takes. */
  km?: number;
  sides?: ZoneSides;
}

/** A buffer zone to export: its width, sides and strip. */
export interface ExportZone {
  km: number;
  sides: ZoneSides;
  geometry: MultiPolygon;
}

/** A foreign member (RFC 7946 §6.1): what the file is, whose data, and how to read it. */
export interface ExportMetadata extends ExportAbout {
  sources: readonly ExportSource[];
  attribution: string;
  licence: string;
  statuses: Readonly<Record<ExportStatus, string>>;
  /** What is left out, so that no one reads an absence as a finding. */
  note: string;
}

export type ScenarioGeoJson = FeatureCollection<Areal, ExportProps> & { metadata: ExportMetadata };

const NOTE =
  'Land of Ukraine with no feature is under Ukrainian control and stays so; Russia’s own land is not drawn. `ru-claimed` and `dmz-claimed` features lie under `ru` features: draw them first.';

/**
 * Builds the GeoJSON of a scenario on its reference date. Whole-unit features come first, so that a
 * viewer drawing in file order shows the held pieces on top of them.
 * @param control the decoded control of the date the scenario is measured against
 * @param units regions.units
 * @param terms the scenario's resolved terms (variant and the reader's toggles included)
 */
export function scenarioGeoJson(
  control: Pick<ControlView, 'pieces'>,
  units: FeatureCollection<Areal, UnitProps>,
  terms: Terms,
  about: ExportAbout,
  zone: ExportZone | null = null,
): ScenarioGeoJson {
  const sets = drawSets(
    terms,
    units.features.map((f) => f.properties),
  );
  const regionOf = new Map(units.features.map((f) => [f.properties.id, f.properties.region]));
  const feature = (geometry: Areal, status: ExportStatus, unit: string): Feature<Areal, ExportProps> => ({
    type: 'Feature',
    properties: { status, unit, region: regionOf.get(unit) ?? null },
    geometry,
  });

  const features: Feature<Areal, ExportProps>[] = [];
  for (const { geometry, properties: u } of units.features) {
    if (sets.claimed.includes(u.id)) features.push(feature(geometry, 'ru-claimed', u.id));
    else if (sets.dmz.includes(u.id)) features.push(feature(geometry, 'dmz-claimed', u.id));
  }
  for (const { geometry, properties: p } of control.pieces.features) {
    const status = pieceShown(p, sets) ? p.s : pieceChange(p, sets);
    if (status) features.push(feature(geometry, status, p.u));
  }
  if (zone)
    features.push({
      type: 'Feature',
      properties: { status: 'zone', unit: 'ukraine', region: 'ukraine', km: zone.km, sides: zone.sides },
      geometry: zone.geometry,
    });
  return {
    type: 'FeatureCollection',
    features,
    metadata: {
      ...about,
      sources: SOURCES,
      attribution: ATTRIBUTION,
      licence: LICENCE,
      statuses: STATUSES,
      note: NOTE,
    },
  };
}
