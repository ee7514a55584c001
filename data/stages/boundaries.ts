/**
 * Stage "boundaries": the units of Ukraine and of the Russian border oblasts, each with the point its
 * name is written at, and Ukraine's outline. Read whenever a later stage computes (a second or so),
 * never cached.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from '../../src/lib/geo/label-points.ts';
import { readBoundaries } from '../inputs.ts';
import type { UnitFeature } from '../steps/units.ts';
import type { StageDef } from '../stage.ts';

export interface Boundaries {
  uaUnits: UnitFeature[];
  ruUnits: UnitFeature[];
  outline: Feature<Polygon | MultiPolygon>;
}

export const BOUNDARIES: StageDef<Boundaries> = { name: 'boundaries', code: [new URL(import.meta.url)] };

/** Stores where to write each unit's name, so the page needs no geometry code to place it. */
function withLabels(units: UnitFeature[]): UnitFeature[] {
  return units.map((f) => ({ ...f, properties: { ...f.properties, label: labelPoint(f.geometry) } }));
}

export function boundaries(sourceDir: string): Boundaries {
  const { uaUnits, ruUnits, outline } = readBoundaries(sourceDir);
  return { uaUnits: withLabels(uaUnits), ruUnits: withLabels(ruUnits), outline };
}
