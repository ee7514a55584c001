/** Reading the raw inputs of data/sources.ts, with errors that name the file. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { INPUTS, type Input, type InputId } from './sources.ts';
import { inputPath, readJson } from './io.ts';
import { assertAreal, assertFeatureCollection } from './validate.ts';
import { DataError } from './errors.ts';
import { buildUnits, type UnitFeature } from './steps/units.ts';

/** Reads one input as a FeatureCollection. */
export function readCollection(sourceDir: string, input: Input): { file: string; data: FeatureCollection } {
  const file = inputPath(sourceDir, input);
  const data = readJson(file);
  assertFeatureCollection(data, file);
  return { file, data };
}

/** Reads one input as a TopoJSON Topology. */
export function readTopology(sourceDir: string, input: Input): Topology {
  const file = inputPath(sourceDir, input);
  const data = readJson(file) as Topology;
  if (data?.type !== 'Topology' || typeof data.objects !== 'object')
    throw new DataError(file, 'not a TopoJSON Topology');
  return data;
}

/** Runs a step on one file's content; its errors name the feature, so this adds the file. */
export function inFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw e instanceof DataError ? e : new DataError(file, (e as Error).message);
  }
}

/** The inputs every build and update cuts control by. */
export const BOUNDARY_INPUTS = [
  'ukraineUnits',
  'russiaOblasts',
  'ukraineOutline',
] as const satisfies InputId[];

/**
 * A fingerprint of the boundary files: an update cuts new days by them, so it must find the same
 * files that the output it extends was built from.
 */
export function boundaryKey(sourceDir: string): string {
  const h = crypto.createHash('sha256');
  for (const id of BOUNDARY_INPUTS) {
    const file = inputPath(sourceDir, INPUTS[id]);
    try {
      h.update(fs.readFileSync(file));
    } catch {
      throw new DataError(file, 'boundary file not found: see the README, "Data"');
    }
  }
  return h.digest('hex');
}

/** The units of Ukraine and of the Russian border oblasts, and Ukraine's outline, checked. */
export function readBoundaries(sourceDir: string): {
  uaUnits: UnitFeature[];
  ruUnits: UnitFeature[];
  outline: Feature<Polygon | MultiPolygon>;
} {
  const uaUnits = buildUnits([readCollection(sourceDir, INPUTS.ukraineUnits)]);
  const ruUnits = buildUnits([readCollection(sourceDir, INPUTS.russiaOblasts)]);
  const outlineIn = readCollection(sourceDir, INPUTS.ukraineOutline);
  const outline = outlineIn.data.features[0] as Feature<Polygon | MultiPolygon> | undefined;
  assertAreal(outline?.geometry, outlineIn.file, 'feature 0');
  return { uaUnits, ruUnits, outline: outline! };
}

/** The box around every unit, [west, south, east, north]. */
export function bboxOf(units: UnitFeature[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of units) {
    const polygons = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
    for (const p of polygons)
      for (const [x, y] of p[0]) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
  }
  return box;
}
