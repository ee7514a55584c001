/**
 * The whole pipeline as one function: read and check every input, run the steps, and return the
 * output files' contents. No writing here (see build.ts), so a failure never touches public/data.
 */
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LayerSource, Manifest, PlantProps } from '../src/lib/data/types.ts';
import { labelPoint } from '../src/lib/geo/label-points.ts';
import { plantUnits } from '../src/lib/scenarios/assets.ts';
import { SCHEMA_VERSION } from '../src/lib/data/types.ts';
import { INPUTS, type Input, type InputId } from './sources.ts';
import { inputPath, readJson } from './io.ts';
import { assertAreal, assertFeatureCollection } from './validate.ts';
import { DataError } from './errors.ts';
import { buildUnits, type UnitFeature } from './steps/units.ts';
import { readSeries, mergeHistory, type DatedSeries } from './steps/history.ts';
import { readUaInRussia } from './steps/ua-in-russia.ts';
import { prepareUnits } from './steps/pieces.ts';
import { buildControl } from './steps/control.ts';
import { buildFaces } from './steps/faces.ts';
import type { ControlTopology } from '../src/lib/data/types.ts';
import { collection, maxQuantizationErrorMetres, QUANTIZATION, toTopology } from './steps/topology.ts';
import { buildCountries } from './steps/countries.ts';
import { buildCities, buildLakes, buildPlants, buildRivers, type PlantNamesUk } from './steps/context.ts';

export interface PipelineOptions {
  /** Folder holding the raw inputs (the layout of ../shared/data). */
  sourceDir: string;
  /** Extra days added by the user, highest priority (see add-day.ts). */
  addedDays: DatedSeries[];
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
  const unitOf = plantUnits(plants, collection(units));
  return {
    ...plants,
    features: plants.features.map((f) => {
      const unit = unitOf.get(f.properties.id);
      return unit ? { ...f, properties: { ...f.properties, unit } } : f;
    }),
  };
}

export async function runPipeline({
  sourceDir,
  addedDays,
  buildKey,
  log = () => {},
}: PipelineOptions): Promise<Record<string, string>> {
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
  const faces = buildFaces(
    control.topology as ControlTopology,
    days.map((d) => d.date),
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
      locatePlants(buildPlants(plants.data, outline!, readPlantNamesUk()), [...uaUnits, ...ruUnits]),
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

  const files = {
    regions: JSON.stringify(regions),
    control: JSON.stringify(control.topology),
    controlLatest: JSON.stringify(control.latest),
    faces: JSON.stringify(faces),
    areas: JSON.stringify(control.areas),
    context: JSON.stringify(context),
  };
  const names = {
    regions: 'regions.topo.json',
    control: 'control.topo.json',
    controlLatest: 'control-latest.topo.json',
    faces: 'control-faces.topo.json',
    areas: 'areas.json',
    context: 'context.topo.json',
  } as const;
  const manifest: Manifest = {
    schema: SCHEMA_VERSION,
    buildKey,
    dates: days.map((d) => d.date),
    carried: days.filter((d) => d.carried).map((d) => d.date),
    uaInRussiaUntil: held.until,
    quantization: {
      q: QUANTIZATION,
      maxErrorMetres: Math.round(maxQuantizationErrorMetres(control.topology) * 10) / 10,
    },
    layers,
    files: Object.fromEntries(
      (Object.keys(files) as (keyof typeof files)[]).map((k) => [
        k,
        {
          path: names[k],
          bytes: Buffer.byteLength(files[k]),
          sha256: crypto.createHash('sha256').update(files[k]).digest('hex'),
        },
      ]),
    ) as Manifest['files'],
  };
  return {
    ...Object.fromEntries((Object.keys(files) as (keyof typeof files)[]).map((k) => [names[k], files[k]])),
    'manifest.json': JSON.stringify(manifest, null, 1),
  };
}
