/**
 * The whole pipeline as one function: read and check every input, run the steps, and return the
 * output files' contents. No writing here (see build.ts), so a failure never touches public/data.
 */
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LayerSource, Manifest, PlantProps, UpstreamDay } from '../src/lib/data/types.ts';
import { labelPoint } from '../src/lib/geo/label-points.ts';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { SCHEMA_VERSION } from '../src/lib/data/types.ts';
import { encodeHistory, type HistoryData } from '../src/lib/data/history-format.ts';
import { INPUTS, type Input, type InputId } from './sources.ts';
import { inputPath, readJson } from './io.ts';
import { assertAreal, assertFeatureCollection } from './validate.ts';
import { DataError } from './errors.ts';
import { buildUnits, type UnitFeature } from './steps/units.ts';
import { readSeries, mergeHistory, type DatedSeries } from './steps/history.ts';
import { readUaInRussia } from './steps/ua-in-russia.ts';
import { prepareUnits } from './steps/pieces.ts';
import { buildControl } from './steps/control.ts';
import { collection, toTopology } from './steps/topology.ts';
import { buildCountries } from './steps/countries.ts';
import { buildCities, buildLakes, buildPlants, buildRivers, type PlantNamesUk } from './steps/context.ts';
import { gridErrorMetres, gridFor } from './history/grid.ts';
import { groupTable, historyLayers } from './history/layers.ts';
import { buildHistory, FACE_OPTIONS, latestOf } from './history/build.ts';
import { heldAt } from './history/points.ts';
import { packOutputs } from './outputs.ts';

export interface PipelineOptions {
  /** Folder holding the raw inputs (the layout of ../shared/data). */
  sourceDir: string;
  /** Extra days added by the user or fetched from the upstream, highest priority (see add-day.ts). */
  addedDays: DatedSeries[];
  /** Where the fetched days among them came from. */
  upstream?: UpstreamDay[];
  /** Fingerprint of inputs and code, recorded in the manifest (see build-key.ts). */
  buildKey: string;
  /** Progress messages. */
  log?: (message: string) => void;
}

/** Reads one input as a FeatureCollection, with errors that name its file. */
function readCollection(sourceDir: string, input: Input): { file: string; data: FeatureCollection } {
  const file = inputPath(sourceDir, input);
  const data = readJson(file);
  assertFeatureCollection(data, file);
  return { file, data };
}

function readTopology(sourceDir: string, input: Input): Topology {
  const file = inputPath(sourceDir, input);
  const data = readJson(file) as Topology;
  if (data?.type !== 'Topology' || typeof data.objects !== 'object')
    throw new DataError(file, 'not a TopoJSON Topology');
  return data;
}

/** The project's own Ukrainian plant names: part of the code, not of the raw inputs. */
const PLANT_NAMES_UK = fileURLToPath(new URL('plant-names-uk.json', import.meta.url));

function readPlantNamesUk(): PlantNamesUk {
  const names = readJson(PLANT_NAMES_UK);
  if (typeof names !== 'object' || names === null || Array.isArray(names))
    throw new DataError(PLANT_NAMES_UK, 'not an object of plant id → Ukrainian name');
  return { file: PLANT_NAMES_UK, names: names as Record<string, string> };
}

/** Runs a step on one file's content; its errors name the feature, so this adds the file. */
function inFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw e instanceof DataError ? e : new DataError(file, (e as Error).message);
  }
}

/** Runs every step and returns output file name → content. */
/** Stores where to write each unit's name, so the page needs no geometry code to place it. */
function withLabels(units: UnitFeature[]): UnitFeature[] {
  return units.map((f) => ({ ...f, properties: { ...f.properties, label: labelPoint(f.geometry) } }));
}

/** Stores the unit each power plant stands in, so the page needs no point-in-polygon pass at load. */
function locatePlants(
  plants: FeatureCollection<Point, PlantProps>,
  units: UnitFeature[],
): FeatureCollection<Point, PlantProps> {
  const covered = units.filter((u) => u.properties.region);
  return {
    ...plants,
    features: plants.features.map((f) => {
      const unit = covered.find((u) => booleanPointInPolygon(f.geometry, u))?.properties.id;
      return unit ? { ...f, properties: { ...f.properties, unit } } : f;
    }),
  };
}

/** The box around every unit, [west, south, east, north]. */
function bboxOf(units: UnitFeature[]): [number, number, number, number] {
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

/** Power plants with who holds each on every date (see history/points.ts). */
export function withHolders(
  plants: FeatureCollection<Point, PlantProps>,
  history: HistoryData,
): FeatureCollection<Point, PlantProps> {
  const held = heldAt(
    history,
    plants.features.map((f) => f.geometry.coordinates),
  );
  return {
    ...plants,
    features: plants.features.map((f, i) => ({ ...f, properties: { ...f.properties, held: held[i] } })),
  };
}

/** The manifest's description of the history's grid. */
export function gridInfo(grid: HistoryData['grid']): Manifest['grid'] {
  return {
    ...grid,
    maxErrorMetres: Math.round(gridErrorMetres(grid) * 10) / 10,
    simplifyMetres: FACE_OPTIONS.tolerance * 20,
  };
}

export async function runPipeline({
  sourceDir,
  addedDays,
  upstream = [],
  buildKey,
  log = () => {},
}: PipelineOptions): Promise<Record<string, string | Uint8Array>> {
  const read = (id: InputId) => readCollection(sourceDir, INPUTS[id]);

  log('units');
  const uaUnits = withLabels(buildUnits([read('ukraineUnits')]));
  const ruUnits = withLabels(buildUnits([read('russiaOblasts')]));
  const outlineIn = read('ukraineOutline');
  const outline = outlineIn.data.features[0] as Feature<Polygon | MultiPolygon> | undefined;
  assertAreal(outline?.geometry, outlineIn.file, 'feature 0');

  log('control history');
  const recent = read('occupiedRecent');
  const early = read('occupiedEarly');
  const days = mergeHistory([...addedDays, recent, early].map(readSeries));
  const heldIn = read('uaInRussia');
  const held = readUaInRussia(heldIn.file, heldIn.data);

  log(`cutting ${days.length} days by ${uaUnits.length} units`);
  const control = await buildControl(days, held, prepareUnits(uaUnits), prepareUnits(ruUnits));

  log('overlaying the history into faces');
  const grid = gridFor(bboxOf([...uaUnits, ...ruUnits]));
  const groups = groupTable();
  const history = buildHistory(
    { grid, dates: days.length, firstDate: days[0].date },
    groups,
    historyLayers(days.length, 0, control.pieces, grid, groups),
  );

  log('regions and context');
  const regions = toTopology({
    units: collection([...uaUnits, ...ruUnits]),
    outline: collection([{ type: 'Feature', properties: { id: 'ukraine' }, geometry: outline!.geometry }]),
    countries: inFile(inputPath(sourceDir, INPUTS.countries), () =>
      buildCountries(readTopology(sourceDir, INPUTS.countries), outline!),
    ),
  });
  const rivers = read('rivers');
  const lakes = read('lakes');
  const places = read('places');
  const plants = read('plants');
  const context = toTopology({
    rivers: inFile(rivers.file, () => buildRivers(rivers.data)),
    lakes: inFile(lakes.file, () => buildLakes(lakes.data)),
    cities: inFile(places.file, () => buildCities(places.data, outline!)),
    plants: inFile(plants.file, () =>
      withHolders(
        locatePlants(buildPlants(plants.data, outline!, readPlantNamesUk()), [...uaUnits, ...ruUnits]),
        history,
      ),
    ),
  });

  const first = days[0].date;
  const last = days[days.length - 1].date;
  const ranges: Partial<Record<InputId, [string, string]>> = {
    occupiedRecent: [recent.data.features[0]?.properties?.date, last],
    occupiedEarly: [first, '2024-07-07'],
    uaInRussia: [first, held.until],
  };
  const layers: LayerSource[] = Object.entries(INPUTS).map(([id, input]) => {
    const { file: _file, format: _format, ...layer } = input as Input;
    return { ...layer, dateRange: ranges[id as InputId] ?? null };
  });

  return packOutputs(
    {
      regions: JSON.stringify(regions),
      history: encodeHistory(history),
      historyLatest: encodeHistory(latestOf(history)),
      areas: JSON.stringify(control.areas),
      context: JSON.stringify(context),
    },
    {
      schema: SCHEMA_VERSION,
      buildKey,
      dates: days.map((d) => d.date),
      carried: days.filter((d) => d.carried).map((d) => d.date),
      uaInRussiaUntil: held.until,
      grid: gridInfo(grid),
      layers,
      upstream: upstream.filter((u) => u.date <= last),
    },
  );
}
