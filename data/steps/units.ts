/**
 * Administrative units every sum is made of: the 27 ADM1 units of Ukraine (COD-AB 2017) and the
 * Russian border oblasts (Natural Earth), each with a stable id, names, region row and areas.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionId, UnitProps } from '../../src/lib/data/types.ts';
import { geometryAreaKm2 } from '../../src/lib/geo/area.ts';
import { DataError, snippet } from '../errors.ts';
import { checkAreal } from '../validate.ts';

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProps>;

/** ISO 3166-2 → stable unit id. Every unit in the inputs must be listed here (an unknown code is an error). */
const UNIT_IDS: Record<string, string> = {
  'UA-05': 'vinnytsia',
  'UA-07': 'volyn',
  'UA-09': 'luhansk',
  'UA-12': 'dnipropetrovsk',
  'UA-14': 'donetsk',
  'UA-18': 'zhytomyr',
  'UA-21': 'zakarpattia',
  'UA-23': 'zaporizhzhia',
  'UA-26': 'ivano_frankivsk',
  'UA-30': 'kyiv_city',
  'UA-32': 'kyiv',
  'UA-35': 'kirovohrad',
  'UA-40': 'sevastopol',
  'UA-43': 'ar_crimea',
  'UA-46': 'lviv',
  'UA-48': 'mykolaiv',
  'UA-51': 'odesa',
  'UA-53': 'poltava',
  'UA-56': 'rivne',
  'UA-59': 'sumy',
  'UA-61': 'ternopil',
  'UA-63': 'kharkiv',
  'UA-65': 'kherson',
  'UA-68': 'khmelnytskyi',
  'UA-71': 'cherkasy',
  'UA-74': 'chernihiv',
  'UA-77': 'chernivtsi',
  'RU-KRS': 'kursk',
  'RU-BEL': 'belgorod',
  'RU-BRY': 'bryansk',
  'RU-ROS': 'rostov',
  'RU-VOR': 'voronezh',
};

/** Area-table row of each unit (DESIGN §3); Ukrainian units not listed sum into `other`. */
const REGION_OF: Record<string, RegionId | null> = {
  donetsk: 'donetsk',
  luhansk: 'luhansk',
  zaporizhzhia: 'zaporizhzhia',
  kherson: 'kherson',
  ar_crimea: 'crimea',
  sevastopol: 'crimea',
  kursk: 'kursk',
  belgorod: null,
  bryansk: null,
  rostov: null,
  voronezh: null,
};

/** Official areas (State Statistics Service of Ukraine; Rosstat for Kursk), km², where the input lacks them. */
const OFFICIAL_KM2: Record<string, number> = { kursk: 29997 };

/** Ukrainian names for the Russian oblasts, which the Natural Earth input carries as ne_name_uk. */
function nameUk(props: Record<string, unknown>, file: string, label: string): string {
  const raw = props.name_uk ?? props.ne_name_uk;
  if (typeof raw !== 'string' || !raw) throw new DataError(file, 'missing Ukrainian name (name_uk)', label);
  // COD-AB stores the bare adjective ("Донецька"); give the full unit name a reader expects.
  if (props.iso_3166_2 === 'UA-30') return 'Київ';
  if (props.iso_3166_2 === 'UA-40') return 'Севастополь';
  if (/ька$/.test(raw)) return `${raw} область`;
  return raw;
}

/** English names as readers know them: "Donetsk Oblast", "Kyiv", "Autonomous Republic of Crimea". */
function nameEn(props: Record<string, unknown>, file: string, label: string): string {
  const raw = props.name;
  if (typeof raw !== 'string' || !raw) throw new DataError(file, 'missing English name (name)', label);
  return raw.replace(/ \(city\)$/, '');
}

/**
 * Turns the ADM1 inputs into unit features with stable ids and geodesic areas.
 * @param collections each input collection with the file name it came from (for error messages)
 */
export function buildUnits(collections: { file: string; data: FeatureCollection }[]): UnitFeature[] {
  const units: UnitFeature[] = [];
  const seen = new Set<string>();
  for (const { file, data } of collections) {
    data.features.forEach((f, i) => {
      const props = (f.properties ?? {}) as Record<string, unknown>;
      const iso = props.iso_3166_2;
      const label = `feature ${i}${typeof props.name === 'string' ? ` ${snippet(props.name)}` : ''}`;
      if (typeof iso !== 'string') throw new DataError(file, 'missing iso_3166_2 code', label);
      const id = UNIT_IDS[iso];
      if (!id) throw new DataError(file, `unknown region code ${snippet(iso)}`, label);
      if (seen.has(id)) throw new DataError(file, `region ${snippet(iso)} appears twice`, label);
      seen.add(id);
      // The code as well as the name: a reader looking for the broken unit may search for either.
      const geometry = checkAreal(f.geometry, file, `${label}, ${iso}`);
      const country = iso.startsWith('UA-') ? 'UA' : 'RU';
      const official =
        typeof props.official_area_km2 === 'number' ? props.official_area_km2 : (OFFICIAL_KM2[id] ?? null);
      units.push({
        type: 'Feature',
        geometry,
        properties: {
          id,
          iso,
          country,
          region: id in REGION_OF ? REGION_OF[id] : 'other',
          name_en: nameEn(props, file, label),
          name_uk: nameUk(props, file, label),
          km2: round2(geometryAreaKm2(geometry)),
          official_km2: official,
        },
      });
    });
  }
  return units;
}

/** km² rounded to 0.01 (1 hectare): finer than any source is accurate. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
