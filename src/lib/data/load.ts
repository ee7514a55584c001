/**
 * Fetches the pipeline's outputs from public/data/ (same origin, relative to the page so that the app
 * works under any base path) and checks the parts the app relies on before handing them out.
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

/** Every file of public/data/, parsed. Large and immutable: keep it in `$state.raw`. */
export interface AppData {
  manifest: Manifest;
  areas: Areas;
  regions: RegionsTopology;
  control: ControlTopology;
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
  layers: v.array(v.looseObject({ id: v.string(), title: v.string() })),
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
  const url = new URL(`data/${file}`, base);
  let res: Response;
  try {
    res = await fetch(url);
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

/**
 * Loads every data file in parallel.
 * @param base the page's base URL (`document.baseURI`); files are fetched from `<base>data/`.
 */
export async function loadData(base: string): Promise<AppData> {
  const [manifest, areas, regions, control, context] = await Promise.all([
    fetchJson('manifest.json', base).then((j) => check<Manifest>('manifest.json', ManifestShape, j)),
    fetchJson('areas.json', base).then((j) => check<Areas>('areas.json', AreasShape, j)),
    fetchJson('regions.topo.json', base).then((j) =>
      check<RegionsTopology>('regions.topo.json', TopologyShape(['units', 'outline', 'countries']), j),
    ),
    fetchJson('control.topo.json', base).then((j) =>
      check<ControlTopology>('control.topo.json', TopologyShape([]), j),
    ),
    fetchJson('context.topo.json', base).then((j) =>
      check<ContextTopology>('context.topo.json', TopologyShape(['rivers', 'lakes', 'cities', 'plants']), j),
    ),
  ]);
  if (areas.dates.length !== manifest.dates.length || areas.dates.at(-1) !== manifest.dates.at(-1))
    throw new DataLoadError(
      'areas.json',
      'its dates do not match manifest.json; rebuild with `npm run data`',
    );
  return { manifest, areas, regions, control, context };
}
