/**
 * Fetches the pipeline's outputs from public/data/ (same origin, relative to the page so that the app
 * works under any base path; or from the page itself in the offline single file, see source.ts) and checks the parts the app relies on before handing them out.
 */
import * as v from 'valibot';
import {
  SCHEMA_VERSION,
  type Areas,
  type ContextTopology,
  type ControlTopology,
  type Manifest,
  type RegionsTopology,
} from './types.ts';
import { openDataFile } from './source.ts';

/** The data files the first view needs, parsed. Large and immutable: keep it in `$state.raw`. */
export interface AppData {
  manifest: Manifest;
  areas: Areas;
  regions: RegionsTopology;
  /** Control geometry: every date when `history`, else only the latest (see loadHistory). */
  control: ControlTopology;
  history: boolean;
  context: ContextTopology;
}

/** A data file that is missing, unreadable or not what types.ts promises. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

const Schema = v.literal(SCHEMA_VERSION);
const Dates = v.pipe(v.array(v.string()), v.minLength(1));

const ManifestShape = v.looseObject({
  schema: Schema,
  dates: Dates,
  carried: v.array(v.string()),
  uaInRussiaUntil: v.string(),
  layers: v.array(v.looseObject({ id: v.string(), title: v.string(), uk: v.record(v.string(), v.string()) })),
});
const AreasShape = v.looseObject({
  schema: Schema,
  dates: Dates,
  ru: v.record(v.string(), v.array(v.number())),
  ua: v.record(v.string(), v.array(v.nullable(v.number()))),
  contested: v.record(v.string(), v.array(v.nullable(v.number()))),
  deepstateKm2: v.array(v.number()),
});
const TopologyShape = (objects: string[]) =>
  v.looseObject({
    type: v.literal('Topology'),
    arcs: v.array(v.unknown()),
    objects: v.looseObject(Object.fromEntries(objects.map((o) => [o, v.looseObject({ type: v.string() })]))),
  });

async function fetchJson(file: string, base: string): Promise<unknown> {
  let res: Response;
  try {
    res = await openDataFile(file, base);
  } catch (err) {
    throw new DataLoadError(file, `could not be fetched (${(err as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(file, `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new DataLoadError(file, 'is not valid JSON');
  }
}

function check<T>(file: string, schema: v.GenericSchema, value: unknown): T {
  const r = v.safeParse(schema, value);
  if (!r.success) {
    const issue = r.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new DataLoadError(file, `unexpected content at ${path}: ${issue.message}`);
  }
  return value as T;
}

/** Fails unless a control topology has an object for each of `dates`, the manifest's. */
function checkDates(file: string, topo: ControlTopology, dates: string[]): ControlTopology {
  if (dates.some((d) => !topo.objects[d]))
    throw new DataLoadError(file, 'its dates do not match manifest.json; rebuild with `npm run data`');
  return topo;
}

async function loadControl(base: string, file: string, dates: string[]): Promise<ControlTopology> {
  const topo = check<ControlTopology>(file, TopologyShape([]), await fetchJson(file, base));
  return checkDates(file, topo, dates);
}

/** Fetches the whole control history (control.topo.json: every date, ≈ 0.5 MB gzipped). */
export function loadHistory(base: string, manifest: Manifest): Promise<ControlTopology> {
  return loadControl(base, 'control.topo.json', [manifest.dates[0], manifest.dates.at(-1)!]);
}

/**
 * Loads the data files in parallel. Control geometry comes as soon as the manifest says which dates
 * exist: the whole history if `wantsHistory(manifest)`, else the latest date's alone, which is all
 * the default view draws.
 * @param base the page's base URL (`document.baseURI`); files are fetched from `<base>data/`.
 */
export async function loadData(
  base: string,
  wantsHistory: (manifest: Manifest) => boolean,
): Promise<AppData> {
  const manifestLoaded = fetchJson('manifest.json', base).then((j) =>
    check<Manifest>('manifest.json', ManifestShape, j),
  );
  const controlLoaded = manifestLoaded.then(async (m) =>
    wantsHistory(m)
      ? { history: true, control: await loadHistory(base, m) }
      : {
          history: false,
          control: await loadControl(base, 'control-latest.topo.json', [m.dates.at(-1)!]),
        },
  );
  const [manifest, areas, regions, { control, history }, context] = await Promise.all([
    manifestLoaded,
    fetchJson('areas.json', base).then((j) => check<Areas>('areas.json', AreasShape, j)),
    fetchJson('regions.topo.json', base).then((j) =>
      check<RegionsTopology>('regions.topo.json', TopologyShape(['units', 'outline', 'countries']), j),
    ),
    controlLoaded,
    fetchJson('context.topo.json', base).then((j) =>
      check<ContextTopology>('context.topo.json', TopologyShape(['rivers', 'lakes', 'cities', 'plants']), j),
    ),
  ]);
  if (areas.dates.length !== manifest.dates.length || areas.dates.at(-1) !== manifest.dates.at(-1))
    throw new DataLoadError(
      'areas.json',
      'its dates do not match manifest.json; rebuild with `npm run data`',
    );
  return { manifest, areas, regions, control, history, context };
}
