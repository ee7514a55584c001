/**
 * Fetches the pipeline's outputs from public/data/ (same origin, relative to the page so that the app
 * works under any base path; or from the page itself in the offline single file, see source.ts) and checks the parts the app relies on before handing them out.
 */
import * as v from 'valibot';
import {
  type Areas,
  type ContextTopology,
  type Manifest,
  type RegionsTopology,
  type Settlements,
} from './types.ts';
import { openDataFile } from './source.ts';
import { checkIntegrity } from './integrity.ts';
import { decodeHistory, HistoryFormatError } from './history-format.ts';
import { ControlHistory, LATEST_ID_BASE } from './history.ts';
import { decodeTopology, TopologyFormatError } from './topo-binary.ts';
import type { Topology } from 'topojson-specification';
import { describeIssue } from './issues.ts';
import { AreasShape, ManifestShape, TopologyShape } from './shapes.ts';
import { SettlementsShape } from './settlements-shape.ts';
import { expandAreas, fillAreas } from './areas-first.ts';

/** The data files the first view needs, parsed. Large and immutable: keep it in `$state.raw`. */
export interface AppData {
  manifest: Manifest;
  areas: Areas;
  regions: RegionsTopology;
  /** The latest date's control (history-latest.bin): all the default view draws. */
  latest: ControlHistory;
  /** Every date's control, when it was wanted up front (see loadHistory). */
  history: ControlHistory | null;
  /** Why the history, though wanted, could not be used; the page then stays on the latest date. */
  historyError: DataLoadError | null;
  context: ContextTopology;
}

/** A data file that is missing, unreadable or not what types.ts promises. */
export class DataLoadError extends Error {
  /**
   * @param altered the file's size or SHA-256 differs from manifest.json: truncated or altered, which
   *   the UI words for the reader (a retry will not help; whoever hosts the map must fix it)
   */
  constructor(
    readonly file: string,
    detail: string,
    readonly altered = false,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

/** Fetches a topology in the varint format (topo-binary.ts) and checks it has `objects`. */
async function fetchTopology<T>(
  file: string,
  objects: string[],
  base: string,
  manifest: Promise<Manifest>,
): Promise<T> {
  const bytes = await fetchVerified(file, base, manifest);
  let topo: Topology;
  try {
    topo = decodeTopology(new Uint8Array(bytes));
  } catch (err) {
    if (!(err instanceof TopologyFormatError)) throw err;
    throw new DataLoadError(file, `${err.message}; rebuild with \`npm run data\``);
  }
  return check<T>(file, TopologyShape(objects), topo);
}

/** Starts reading a file's exact bytes. */
async function fetchBytes(file: string, base: string): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await openDataFile(file, base);
  } catch (err) {
    throw new DataLoadError(file, `could not be fetched (${(err as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(file, `HTTP ${res.status}`);
  try {
    return await res.arrayBuffer();
  } catch (err) {
    throw new DataLoadError(file, `could not be read (${(err as Error).message})`);
  }
}

function parseJson(file: string, bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataLoadError(file, 'is not valid JSON');
  }
}

/** Fails unless `bytes` are the ones manifest.json lists for `file`. */
async function verify(file: string, bytes: ArrayBuffer, manifest: Manifest): Promise<void> {
  const entry = Object.values(manifest.files).find((f) => f.path === file);
  if (!entry) throw new DataLoadError(file, 'is not listed in manifest.json; rebuild with `npm run data`');
  const problem = await checkIntegrity(bytes, entry, globalThis.crypto?.subtle);
  if (!problem) return;
  const how =
    problem.kind === 'size'
      ? `${problem.actual} bytes where manifest.json lists ${problem.expected}`
      : 'its SHA-256 differs from manifest.json';
  throw new DataLoadError(
    file,
    `is truncated or altered (${how}); rebuild with \`npm run data\` or copy the data files again`,
    true,
  );
}

/**
 * Fetches `file` at once and parses it once the manifest has arrived and vouched for its bytes: the
 * fetches still run in parallel with the manifest's.
 */
async function fetchChecked(file: string, base: string, manifest: Promise<Manifest>): Promise<unknown> {
  return parseJson(file, await fetchVerified(file, base, manifest));
}

/** Fetches `file` at once and hands out its bytes once the manifest has vouched for them. */
async function fetchVerified(file: string, base: string, manifest: Promise<Manifest>): Promise<ArrayBuffer> {
  const [bytes, m] = await Promise.all([fetchBytes(file, base), manifest]);
  await verify(file, bytes, m);
  return bytes;
}

function check<T>(file: string, schema: v.GenericSchema, value: unknown): T {
  const r = v.safeParse(schema, value);
  if (!r.success) throw new DataLoadError(file, `unexpected content at ${describeIssue(r.issues)}`);
  return value as T;
}

/** Fetches, checks and decodes a history file, which must count the manifest's dates. */
async function loadControl(
  base: string,
  file: string,
  manifestLoaded: Promise<Manifest>,
  idBase = 0,
): Promise<ControlHistory> {
  const [bytes, manifest] = await Promise.all([fetchVerified(file, base, manifestLoaded), manifestLoaded]);
  let history: ControlHistory;
  // Timed for `npm run bench` (bench/README.md), which reads the measure back: decoding is the
  // history's main cost in the page after the transfer.
  const start = performance.now();
  try {
    const data = decodeHistory(new Uint8Array(bytes));
    if (data.dates !== manifest.dates.length || data.firstDate !== manifest.dates[0])
      throw new HistoryFormatError(
        `its ${data.dates} dates from ${data.firstDate} do not match manifest.json's ${manifest.dates.length} from ${manifest.dates[0]}`,
      );
    history = new ControlHistory(data, idBase);
    performance.measure('history-decode', { start, detail: { file } });
  } catch (err) {
    if (!(err instanceof HistoryFormatError)) throw err;
    throw new DataLoadError(file, `${err.message}; rebuild with \`npm run data\``);
  }
  return history;
}

/** Fetches and checks areas.json, which must have the manifest's dates. */
async function loadAreas(base: string, manifest: Promise<Manifest>): Promise<Areas> {
  const [json, m] = await Promise.all([fetchChecked('areas.json', base, manifest), manifest]);
  const areas = check<Areas>('areas.json', AreasShape, json);
  if (areas.dates.length !== m.dates.length || areas.dates.at(-1) !== m.dates.at(-1))
    throw new DataLoadError(
      'areas.json',
      'its dates do not match manifest.json; rebuild with `npm run data`',
    );
  return areas;
}

/** Fetches the first view's figures (areas-first.ts), spread over the manifest's dates. */
async function loadFirstAreas(base: string, manifest: Promise<Manifest>): Promise<Areas> {
  const [json, m] = await Promise.all([fetchChecked('areas-first.json', base, manifest), manifest]);
  const first = check<Areas>('areas-first.json', AreasShape, json);
  if (first.dates.at(-1) !== m.dates.at(-1))
    throw new DataLoadError(
      'areas-first.json',
      "its last day is not manifest.json's; rebuild with `npm run data`",
    );
  try {
    return expandAreas(first, m.dates);
  } catch (err) {
    throw new DataLoadError('areas-first.json', `${(err as Error).message}; rebuild with \`npm run data\``);
  }
}

/**
 * Fetches the whole control history (history.bin: every date, ≈ 0.3 MB compressed) and, into
 * `areas` when it holds only the first view's days, every day's figures: one arrives with the other,
 * so no day is drawn without its figures.
 */
export async function loadHistory(base: string, manifest: Manifest, areas: Areas): Promise<ControlHistory> {
  const [history, full] = await Promise.all([
    loadControl(base, 'history.bin', Promise.resolve(manifest)),
    areas.only ? loadAreas(base, Promise.resolve(manifest)) : null,
  ]);
  if (full) fillAreas(areas, full);
  return history;
}

/**
 * Fetches the settlements (settlements.json, GeoNames; ≈ 50 KB compressed), which only the people
 * table and the town labels need: asked for after the first view, never by an embed left alone.
 */
export async function loadSettlements(base: string, manifest: Manifest): Promise<Settlements> {
  const json = await fetchChecked('settlements.json', base, Promise.resolve(manifest));
  return check<Settlements>('settlements.json', SettlementsShape, json);
}

/** The history, or when it fails, why: the page still works on the latest date. */
async function loadWanted(base: string, m: Manifest) {
  try {
    return { history: await loadControl(base, 'history.bin', Promise.resolve(m)), historyError: null };
  } catch (err) {
    if (!(err instanceof DataLoadError)) throw err;
    return { history: null, historyError: err };
  }
}

/** The files the first view on the latest day reads (loadData); main.ts asks for them first thing. */
export const FIRST_VIEW_FILES = [
  'manifest.json',
  'regions.bin',
  'context.bin',
  'history-latest.bin',
  'areas-first.json',
] as const;

/**
 * Loads the data files in parallel. Control geometry comes as soon as the manifest says which dates
 * exist: the whole history if `wantsHistory(manifest)`, else the latest date's alone, which is all
 * the default view draws.
 * @param base the page's base URL (`document.baseURI`); files are fetched from `<base>data/`.
 */
export async function loadData(
  base: string,
  wantsHistory: (manifest: Manifest) => boolean | Promise<boolean>,
): Promise<AppData> {
  // The manifest itself is not hashed: it holds the hashes. Its shape check is all it gets.
  const manifestLoaded = fetchBytes('manifest.json', base).then((b) =>
    check<Manifest>('manifest.json', ManifestShape, parseJson('manifest.json', b)),
  );
  const latestLoaded = loadControl(base, 'history-latest.bin', manifestLoaded, LATEST_ID_BASE);
  const wanted = manifestLoaded.then(wantsHistory);
  const historyLoaded = Promise.all([manifestLoaded, wanted]).then(
    ([m, want]): Promise<{ history: ControlHistory | null; historyError: DataLoadError | null }> =>
      want ? loadWanted(base, m) : Promise.resolve({ history: null, historyError: null }),
  );
  // With the history up front, every day's figures too; else the first view's days alone.
  const areasLoaded = wanted.then((want) =>
    want ? loadAreas(base, manifestLoaded) : loadFirstAreas(base, manifestLoaded),
  );
  const [manifest, areas, regions, latest, { history, historyError }, context] = await Promise.all([
    manifestLoaded,
    areasLoaded,
    fetchTopology<RegionsTopology>('regions.bin', ['units', 'outline', 'countries'], base, manifestLoaded),
    latestLoaded,
    historyLoaded,
    fetchTopology<ContextTopology>(
      'context.bin',
      ['rivers', 'lakes', 'cities', 'plants'],
      base,
      manifestLoaded,
    ),
  ]);
  return { manifest, areas, regions, latest, history, historyError, context };
}
