/**
 * The whole pipeline as one function: read and check every input, run the steps, and return the
 * output files' contents. No writing here (see build.ts), so a failure never touches public/data.
 */
import { fileURLToPath } from 'node:url';
import type { LayerSource, Manifest, UpstreamDay } from '../src/lib/data/types.ts';
import { labelPoint } from '../src/lib/geo/label-points.ts';
import { SCHEMA_VERSION } from '../src/lib/data/types.ts';
import { encodeHistory, type HistoryData } from '../src/lib/data/history-format.ts';
import { INPUTS, type Input, type InputId } from './sources.ts';
import { inputPath, readJson } from './io.ts';
import { DataError } from './errors.ts';
import type { UnitFeature } from './steps/units.ts';
import { bboxOf, boundaryKey, inFile, readBoundaries, readCollection, readTopology } from './inputs.ts';
import { locatePlants } from './steps/plants.ts';
import { withHeld } from './history/points.ts';
import { buildSettlements, readCities } from './steps/settlements.ts';
import { PLACE_NAMES } from './steps/city-names.ts';
import { readSeries, mergeHistory, type DatedSeries } from './steps/history.ts';
import { readUaInRussia } from './steps/ua-in-russia.ts';
import { prepareUnits } from './steps/pieces.ts';
import { buildControl } from './steps/control.ts';
import { collection, toTopology } from './steps/topology.ts';
import { buildCountries } from './steps/countries.ts';
import { buildCities, buildLakes, buildPlants, buildRivers, type PlantNamesUk } from './steps/context.ts';
import { cellMetres, gridErrorMetres, gridFor } from './history/grid.ts';
import { groupTable, historyLayers } from './history/layers.ts';
import { buildHistory, FACE_OPTIONS, latestHistory } from './history/build.ts';
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

/** The project's own Ukrainian plant names: part of the code, not of the raw inputs. */
const PLANT_NAMES_UK = fileURLToPath(new URL('plant-names-uk.json', import.meta.url));

function readPlantNamesUk(): PlantNamesUk {
  const names = readJson(PLANT_NAMES_UK);
  if (typeof names !== 'object' || names === null || Array.isArray(names))
    throw new DataError(PLANT_NAMES_UK, 'not an object of plant id → Ukrainian name');
  return { file: PLANT_NAMES_UK, names: names as Record<string, string> };
}

/** Stores where to write each unit's name, so the page needs no geometry code to place it. */
function withLabels(units: UnitFeature[]): UnitFeature[] {
  return units.map((f) => ({ ...f, properties: { ...f.properties, label: labelPoint(f.geometry) } }));
}

/** The manifest's description of the history's grid. */
export function gridInfo(grid: HistoryData['grid']): Manifest['grid'] {
  return {
    ...grid,
    maxErrorMetres: Math.round(gridErrorMetres(grid) * 10) / 10,
    minWidthMetres: Math.round(FACE_OPTIONS.minWidth * cellMetres(grid)),
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
  const boundaries = readBoundaries(sourceDir);
  const uaUnits = withLabels(boundaries.uaUnits);
  const ruUnits = withLabels(boundaries.ruUnits);
  const outline = boundaries.outline;

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
  const base = { grid, dates: days.length, firstDate: days[0].date };
  const history = buildHistory(base, groups, historyLayers(days.length, 0, control.pieces, grid, groups));
  const latest = latestHistory(base, groups, control.pieces(days.length - 1));

  log('regions and context');
  const regions = toTopology({
    units: collection([...uaUnits, ...ruUnits]),
    outline: collection([{ type: 'Feature', properties: { id: 'ukraine' }, geometry: outline.geometry }]),
    countries: inFile(inputPath(sourceDir, INPUTS.countries), () =>
      buildCountries(readTopology(sourceDir, INPUTS.countries), outline),
    ),
  });
  const rivers = read('rivers');
  const lakes = read('lakes');
  const places = read('places');
  const plants = read('plants');
  const context = toTopology({
    rivers: inFile(rivers.file, () => buildRivers(rivers.data)),
    lakes: inFile(lakes.file, () => buildLakes(lakes.data)),
    cities: inFile(places.file, () => buildCities(places.data, outline)),
    plants: inFile(plants.file, () =>
      withHeld(
        locatePlants(buildPlants(plants.data, outline, readPlantNamesUk()), [...uaUnits, ...ruUnits]),
        history,
      ),
    ),
  });

  log('settlements');
  const citiesFile = inputPath(sourceDir, INPUTS.settlements);
  const settlements = inFile(citiesFile, () =>
    withHeld(buildSettlements(readCities(citiesFile), [...uaUnits, ...ruUnits], PLACE_NAMES), history),
  );

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
      historyLatest: encodeHistory(latest),
      areas: JSON.stringify(control.areas),
      context: JSON.stringify(context),
      settlements: JSON.stringify(settlements),
    },
    {
      schema: SCHEMA_VERSION,
      buildKey,
      dates: days.map((d) => d.date),
      carried: days.filter((d) => d.carried).map((d) => d.date),
      uaInRussiaUntil: held.until,
      grid: gridInfo(grid),
      boundaryKey: boundaryKey(sourceDir),
      layers,
      upstream: upstream.filter((u) => u.date <= last),
    },
  );
}
