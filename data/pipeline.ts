/**
 * The whole pipeline: read and check every input, run the stages (data/stages/, cached by stage.ts
 * unless `cache` is null), and return the output files' contents. No writing of outputs here (see
 * build.ts), so a failure never touches public/data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LayerSource, Manifest, UpstreamDay } from '../src/lib/data/types.ts';
import { SCHEMA_VERSION } from '../src/lib/data/types.ts';
import type { HistoryData } from '../src/lib/data/history-format.ts';
import { encodeHistory } from '../src/lib/data/history-encode.ts';
import { INPUTS, type Input, type InputId } from './sources.ts';
import { inputPath } from './io.ts';
import { BOUNDARY_INPUTS, boundaryKey } from './inputs.ts';
import type { StageCache } from './cache.ts';
import { Stages, type StageDef } from './stage.ts';
import type { DatedSeries } from './steps/history.ts';
import { cellMetres, gridErrorMetres } from './history/grid.ts';
import { FACE_OPTIONS } from './history/build.ts';
import { packOutputs } from './outputs.ts';
import { BOUNDARIES, boundaries } from './stages/boundaries.ts';
import { DAY_INPUTS, DAYS, readDays } from './stages/days.ts';
import { CUT, cutHistory, PIECES, SUMMARY, summaryOf } from './stages/cut.ts';
import { HISTORY, histories } from './stages/history.ts';
import { REGIONS, regionsFile } from './stages/regions.ts';
import { CONTEXT, contextFile, PLANT_NAMES_UK } from './stages/context.ts';
import { SETTLEMENTS, settlementsFile } from './stages/settlements.ts';

export interface PipelineOptions {
  /** Folder holding the raw inputs (the layout of ../shared/data). */
  sourceDir: string;
  /** Extra days added by the user or fetched from the upstream, highest priority (see add-day.ts). */
  addedDays: DatedSeries[];
  /** Where the fetched days among them came from. */
  upstream?: UpstreamDay[];
  /** Fingerprint of inputs and code, recorded in the manifest (see build-key.ts). */
  buildKey: string;
  /** Where stage results are kept between builds; null computes every stage. */
  cache?: StageCache | null;
  /** Progress messages. */
  log?: (message: string) => void;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALL: StageDef<unknown>[] = [
  BOUNDARIES,
  DAYS,
  CUT,
  PIECES,
  SUMMARY,
  HISTORY,
  REGIONS,
  CONTEXT,
  SETTLEMENTS,
];

/** A fingerprint of a file's bytes (of an input, of a table read with fs). */
const fileKey = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

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
  cache = null,
  log = () => {},
}: PipelineOptions): Promise<Record<string, string | Uint8Array>> {
  const stages = new Stages(ROOT, ALL, cache, log);
  const keyed = new Set<string>();
  const input = (id: InputId) => {
    keyed.add(id);
    const file = inputPath(sourceDir, INPUTS[id]);
    // A missing file is reported by the stage that reads it, with the usual message.
    return fs.existsSync(file) ? fileKey(file) : 'missing';
  };
  // The added days' content, not their file names: a day stored after a build is the same input.
  const added = crypto
    .createHash('sha256')
    .update(JSON.stringify(addedDays.map((d) => d.data)))
    .digest('hex');

  const units = stages.add(BOUNDARIES, BOUNDARY_INPUTS.map(input), () => boundaries(sourceDir));
  const days = stages.add(DAYS, [...DAY_INPUTS.map(input), added], () => readDays(sourceDir, addedDays));
  const seed = stages.slot(PIECES, [units]);
  const cut = stages.add(CUT, [units, days], async () => {
    const u = await units.value();
    return cutHistory(await days.value(), u, seed);
  });
  const summary = stages.add(SUMMARY, [cut], async () => summaryOf(await cut.value()));
  const history = stages.add(HISTORY, [cut, units], async () =>
    histories(await cut.value(), await units.value()),
  );
  const regions = stages.add(REGIONS, [units, input('countries')], async () =>
    regionsFile(sourceDir, await units.value()),
  );
  const context = stages.add(
    CONTEXT,
    [
      units,
      history,
      ...(['rivers', 'lakes', 'places', 'plants'] as const).map(input),
      fileKey(PLANT_NAMES_UK),
    ],
    async () => contextFile(sourceDir, await units.value(), await history.value()),
  );
  const settlements = stages.add(SETTLEMENTS, [units, history, input('settlements')], async () =>
    settlementsFile(sourceDir, await units.value(), await history.value()),
  );

  // A raw input that keys no stage would leave a stale result in the cache once it changed.
  const unkeyed = Object.keys(INPUTS).filter((id) => !keyed.has(id));
  if (unkeyed.length) throw new Error(`no stage is keyed by the input(s) ${unkeyed.join(', ')}`);

  // One after another, in the order the inputs were always read, so the first bad one is reported.
  const { dates, carried, heldUntil, recentFrom, areas } = await summary.value();
  const { history: faces, latest } = await history.value();
  const files = {
    regions: await regions.value(),
    history: encodeHistory(faces),
    historyLatest: encodeHistory(latest),
    areas: JSON.stringify(areas),
    context: await context.value(),
    settlements: await settlements.value(),
  };

  const last = dates[dates.length - 1];
  const ranges: Partial<Record<InputId, [string, string]>> = {
    occupiedRecent: [recentFrom as string, last],
    occupiedEarly: [dates[0], '2024-07-07'],
    uaInRussia: [dates[0], heldUntil],
  };
  const layers: LayerSource[] = Object.entries(INPUTS).map(([id, input]) => {
    const { file: _file, format: _format, ...layer } = input as Input;
    return { ...layer, dateRange: ranges[id as InputId] ?? null };
  });

  return packOutputs(files, {
    schema: SCHEMA_VERSION,
    buildKey,
    dates,
    carried,
    uaInRussiaUntil: heldUntil,
    grid: gridInfo(faces.grid),
    boundaryKey: boundaryKey(sourceDir),
    layers,
    upstream: upstream.filter((u) => u.date <= last),
  });
}
