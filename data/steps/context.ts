/**
 * Map context layers (rivers, lakes and reservoirs, cities, power plants) from the raw Natural Earth
 * and GPPD files, reduced to the properties of src/lib/data/types.ts. Pure: the build script reads
 * the files and prefixes any error thrown here with the file name.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { CityProps, Country, LakeProps, PlantProps, RiverProps } from '../../src/lib/data/types.ts';
import { CITY_NAMES } from './city-names.ts';
import { roundLine, roundPosition } from './coords.ts';
import { PLANT_NAMES } from './plant-names.ts';
import { DataError } from '../errors.ts';

export type Outline = Feature<Polygon | MultiPolygon>;
type Props = Record<string, unknown>;

/** Rivers kept, with the Natural Earth `name`s (or, for unnamed features, `rivernum`s) of their parts. */
const RIVERS: { name_en: string; name_uk: string; ne: (string | number)[] }[] = [
  { name_en: 'Dnipro', name_uk: 'Дніпро', ne: ['Dnipro'] },
  { name_en: 'Desna', name_uk: 'Десна', ne: ['Desna'] },
  { name_en: 'Dnister', name_uk: 'Дністер', ne: ['Dniester'] },
  { name_en: 'Pivdennyi Buh', name_uk: 'Південний Буг', ne: ['Southern Bug'] },
  // NE's "Donets" is the main river (it passes Belgorod and Izium). NE's "Seversky Donets" (rivernum
  // 407208) is left out: it runs through Korocha and Shebekino, so it is a tributary, misnamed.
  { name_en: 'Siverskyi Donets', name_uk: 'Сіверський Донець', ne: ['Donets'] },
  { name_en: 'Oskil', name_uk: 'Оскіл', ne: ['Oskol'] },
  // Unnamed in NE: it runs through Kryvyi Rih (Karachunivske reservoir) to the Dnipro below Kherson.
  { name_en: 'Inhulets', name_uk: 'Інгулець', ne: [401915] },
  { name_en: 'Don', name_uk: 'Дон', ne: ['Don'] },
];

/**
 * Lakes and reservoirs kept: matched by Natural Earth `name`, or, for unnamed ones, by a point inside.
 * Each entry must match exactly one feature, so a changed input fails instead of losing a lake.
 */
const LAKES: ({ name_en: string; name_uk: string; until?: string } & ({ ne: string } | { at: Position }))[] =
  [
    { name_en: 'Kyiv Reservoir', name_uk: 'Київське водосховище', ne: 'Kiev Reservoir' },
    { name_en: 'Kaniv Reservoir', name_uk: 'Канівське водосховище', at: [31.51, 49.89] },
    { name_en: 'Kremenchuk Reservoir', name_uk: 'Кременчуцьке водосховище', ne: 'Kremenchuk Reservoir' },
    // NE gives only the dam's old name, "Dniprodzershynsk"; the city was renamed Kamianske in 2016.
    { name_en: 'Kamianske Reservoir', name_uk: 'Камʼянське водосховище', at: [34.068, 48.773] },
    // Drawn at its full extent; it drained after the Kakhovka dam was destroyed on 2023-06-06.
    {
      name_en: 'Kakhovka Reservoir',
      name_uk: 'Каховське водосховище',
      ne: 'Kakhovka Reservoir',
      until: '2023-06-06',
    },
    { name_en: 'Pechenihy Reservoir', name_uk: 'Печенізьке водосховище', at: [36.89, 50.01] },
    { name_en: 'Oskil Reservoir', name_uk: 'Оскільське водосховище', at: [37.56, 49.4] },
    { name_en: 'Syvash', name_uk: 'Сиваш', ne: 'Syvash' },
    { name_en: 'Molochnyi Lyman', name_uk: 'Молочний лиман', ne: 'Molochnyy Liman' },
    { name_en: 'Tylihulskyi Lyman', name_uk: 'Тилігульський лиман', ne: 'Tiligul Liman' },
    { name_en: 'Khadzhybeiskyi Lyman', name_uk: 'Хаджибейський лиман', ne: 'Liman near Odessa' },
    { name_en: 'Kuialnytskyi Lyman', name_uk: 'Куяльницький лиман', at: [30.7, 46.67] },
    { name_en: 'Dnistrovskyi Lyman', name_uk: 'Дністровський лиман', at: [30.31, 46.24] },
    { name_en: 'Yalpuh and Kuhurlui', name_uk: 'Ялпуг і Кугурлуй', ne: 'Yalpug and Kugurlui' },
    { name_en: 'Tsimlyansk Reservoir', name_uk: 'Цимлянське водосховище', ne: 'Tsimlyansk Reservoir' },
    { name_en: 'Voronezh Reservoir', name_uk: 'Воронезьке водосховище', at: [39.23, 51.69] },
  ];

/** Ukrainian cities labelled besides the capital and oblast centres: population at least this. */
const UA_MIN_POP = 75_000;
/** Russian oblasts bordering Ukraine, as Natural Earth's `adm1name`. */
const RU_BORDER_OBLASTS = new Set(['Belgorod', 'Bryansk', 'Kursk', 'Rostov', 'Voronezh']);
/** Cities there labelled besides the oblast centres: population at least this. */
const RU_MIN_POP = 200_000;

function featureLabel(f: Feature, i: number): string {
  const name = f.properties?.name;
  return `feature ${i}${typeof name === 'string' && name ? ` "${name}"` : ''}`;
}

function numberProp(props: Props, key: string, where: string): number {
  const value = props[key];
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new Error(`${where}: ${key} is not a number (${JSON.stringify(value)})`);
  return n;
}

function stringProp(props: Props, key: string, where: string): string {
  const value = props[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: ${key} is missing or not a string`);
  return value.trim();
}

function geometryOf<T extends Geometry['type']>(
  f: Feature,
  types: T[],
  where: string,
): Extract<Geometry, { type: T }> {
  const g = f.geometry;
  if (!g) throw new Error(`${where}: geometry is missing`);
  if (!types.includes(g.type as T))
    throw new Error(`${where}: geometry must be ${types.join(' or ')}, not ${g.type}`);
  return g as Extract<Geometry, { type: T }>;
}

function props(f: Feature): Props {
  return (f.properties ?? {}) as Props;
}

/** NE's river parts often stop up to ~800 m short of the next one; ends this close (degrees) are joined. */
const JOIN_TOLERANCE = 0.01;

const near = (a: Position, b: Position) =>
  Math.abs(a[0] - b[0]) <= JOIN_TOLERANCE && Math.abs(a[1] - b[1]) <= JOIN_TOLERANCE;

/** a then b; the first position of b is dropped when it repeats the last of a, else the gap is bridged. */
function join(a: Position[], b: Position[]): Position[] {
  const [x, y] = a[a.length - 1];
  return a.concat(b[0][0] === x && b[0][1] === y ? b.slice(1) : b);
}

/** Joins lines whose ends meet (in either direction) into longer lines. */
function mergeLines(lines: Position[][]): Position[][] {
  const out = lines.map((l) => [...l]);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i];
      const b = out[j];
      let joined: Position[] | null = null;
      if (near(a[a.length - 1], b[0])) joined = join(a, b);
      else if (near(b[b.length - 1], a[0])) joined = join(b, a);
      else if (near(a[a.length - 1], b[b.length - 1])) joined = join(a, [...b].reverse());
      else if (near(a[0], b[0])) joined = join([...a].reverse(), b);
      if (joined) {
        out[i] = joined;
        out.splice(j, 1);
        j = i; // start over: the longer line may now meet one already passed
      }
    }
  }
  return out;
}

/**
 * The main rivers of the war's theatre, one feature per river with its parts merged.
 * @param rivers Natural Earth rivers (`rivers_ne10m_region.geojson`)
 */
export function buildRivers(
  rivers: FeatureCollection,
): FeatureCollection<LineString | MultiLineString, RiverProps> {
  const parts = RIVERS.map(() => ({ lines: [] as Position[][], rank: Infinity }));
  rivers.features.forEach((f, i) => {
    const where = featureLabel(f, i);
    const g = geometryOf(f, ['LineString', 'MultiLineString'], where);
    const p = props(f);
    const k = RIVERS.findIndex(
      (r) => r.ne.includes(p.name as string) || (!p.name && r.ne.includes(p.rivernum as number)),
    );
    if (k < 0) return;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    for (const line of lines) {
      const rounded = roundLine(line, where);
      if (rounded.length >= 2) parts[k].lines.push(rounded);
    }
    parts[k].rank = Math.min(parts[k].rank, numberProp(p, 'scalerank', where));
  });
  const features: Feature<LineString | MultiLineString, RiverProps>[] = [];
  RIVERS.forEach((r, k) => {
    if (parts[k].lines.length === 0) return;
    const lines = mergeLines(parts[k].lines);
    features.push({
      type: 'Feature',
      properties: { name_en: r.name_en, name_uk: r.name_uk, rank: parts[k].rank },
      geometry:
        lines.length === 1
          ? { type: 'LineString', coordinates: lines[0] }
          : { type: 'MultiLineString', coordinates: lines },
    });
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Named reservoirs and lakes of Ukraine and nearby; `until` marks the Kakhovka reservoir's last day.
 * @param lakes Natural Earth lakes (`lakes_reservoirs_ne10m_region.geojson`)
 */
export function buildLakes(lakes: FeatureCollection): FeatureCollection<Polygon | MultiPolygon, LakeProps> {
  const areal = lakes.features.map((f, i) => {
    const where = featureLabel(f, i);
    return { f, where, g: geometryOf(f, ['Polygon', 'MultiPolygon'], where) };
  });
  const features = LAKES.map((lake): Feature<Polygon | MultiPolygon, LakeProps> => {
    const label = `lake "${lake.name_en}"`;
    const hits = areal.filter(({ f }) =>
      'ne' in lake
        ? props(f).name === lake.ne
        : !props(f).name && booleanPointInPolygon(lake.at, f as Feature<Polygon | MultiPolygon>),
    );
    if (hits.length !== 1)
      throw new Error(
        `${label} matched ${hits.length} features, expected 1 (${'ne' in lake ? `name "${lake.ne}"` : `point ${lake.at}`})`,
      );
    const { f, where, g } = hits[0];
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const rounded = polygons.map((rings) => rings.map((ring) => roundLine(ring, where)));
    return {
      type: 'Feature',
      properties: {
        name_en: lake.name_en,
        name_uk: lake.name_uk,
        rank: numberProp(props(f), 'scalerank', where),
        until: lake.until ?? null,
      },
      geometry:
        rounded.length === 1
          ? { type: 'Polygon', coordinates: rounded[0] }
          : { type: 'MultiPolygon', coordinates: rounded },
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Cities labelled on the map: Ukraine's capital, oblast centres and cities of 75,000+, the centres and
 * cities of 200,000+ in Russia's border oblasts, and other neighbours' capitals. Names come from
 * city-names.ts; a selected city missing there is an error.
 * @param places Natural Earth populated places (`populated_places_ne10m_region.geojson`)
 * @param outline Ukraine's internationally recognised outline
 */
export function buildCities(
  places: FeatureCollection,
  outline: Outline,
): FeatureCollection<Point, CityProps> {
  const features: Feature<Point, CityProps>[] = [];
  places.features.forEach((f, i) => {
    const where = featureLabel(f, i);
    const point = roundPosition(geometryOf(f, ['Point'], where).coordinates, where);
    const p = props(f);
    const kind = stringProp(p, 'featurecla', where);
    const pop = numberProp(p, 'pop_max', where);
    const capital = kind === 'Admin-0 capital' || kind === 'Admin-1 capital';
    // Natural Earth files Crimea under Russia (de facto control); the map uses internationally
    // recognised borders, so a city's country is decided by the outline, not by NE's adm0 fields.
    const inUkraine = booleanPointInPolygon(point, outline);
    const wanted = inUkraine
      ? capital || pop >= UA_MIN_POP
      : p.adm0_a3 === 'RUS' && RU_BORDER_OBLASTS.has(p.adm1name as string)
        ? capital || pop >= RU_MIN_POP
        : kind === 'Admin-0 capital';
    if (!wanted) return;
    const id = numberProp(p, 'geonameid', where);
    const names = CITY_NAMES[id];
    if (!names) throw new Error(`${where}: geonameid ${id} has no entry in city-names.ts`);
    features.push({
      type: 'Feature',
      properties: {
        name_en: names.en,
        name_uk: names.uk,
        pop,
        rank: kind === 'Admin-0 capital' ? 1 : capital ? 2 : 3,
        country: inUkraine ? 'UA' : stringProp(p, 'iso_a2', where),
      },
      geometry: { type: 'Point', coordinates: point },
    });
  });
  // Most important first: MapLibre places labels in feature order when they collide.
  features.sort((a, b) => a.properties.rank - b.properties.rank || b.properties.pop - a.properties.pop);
  return { type: 'FeatureCollection', features };
}

/** The project's Ukrainian plant names by plant id, and the file they come from (for errors). */
export interface PlantNamesUk {
  file: string;
  names: Record<string, string>;
}

/**
 * Every power plant in the GPPD extract, with English and Ukrainian display names and the country
 * under internationally recognised borders (Crimean plants are in Ukraine).
 * @param plants GPPD plants (`power_plants_gppd_ukraine_kursk.geojson`)
 * @param outline Ukraine's internationally recognised outline
 * @param uk Ukrainian names (data/plant-names-uk.json); a plant missing there is an error
 */
export function buildPlants(
  plants: FeatureCollection,
  outline: Outline,
  uk: PlantNamesUk,
): FeatureCollection<Point, PlantProps> {
  const seen = new Set<string>();
  const features = plants.features.map((f, i): Feature<Point, PlantProps> => {
    const where = featureLabel(f, i);
    const point = roundPosition(geometryOf(f, ['Point'], where).coordinates, where);
    const p = props(f);
    const name = stringProp(p, 'name', where).replace(/\s+/g, ' ');
    const gppdCountry = stringProp(p, 'country', where);
    // The Kursk NPP row has no gppd_idnr: give it a stable slug instead.
    const id =
      typeof p.gppd_idnr === 'string' && p.gppd_idnr.trim()
        ? p.gppd_idnr.trim()
        : `${gppdCountry}-${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (seen.has(id)) throw new Error(`${where}: plant id "${id}" appears twice`);
    seen.add(id);
    const mw = numberProp(p, 'capacity_mw', where);
    if (mw <= 0) throw new Error(`${where}: capacity_mw must be positive, not ${mw}`);
    let country: Country = 'UA';
    if (!booleanPointInPolygon(point, outline)) {
      if (gppdCountry !== 'RUS')
        throw new Error(`${where}: lies outside Ukraine's outline but its GPPD country is ${gppdCountry}`);
      country = 'RU';
    }
    const nameUk = uk.names[id];
    if (typeof nameUk !== 'string' || !nameUk.trim())
      throw new DataError(uk.file, `plant "${id}" (${name}) has no Ukrainian name: add one`);
    return {
      type: 'Feature',
      properties: {
        id,
        name: PLANT_NAMES[id] ?? name,
        name_uk: nameUk,
        fuel: stringProp(p, 'primary_fuel', where),
        mw,
        country,
      },
      geometry: { type: 'Point', coordinates: point },
    };
  });
  return { type: 'FeatureCollection', features };
}
