/**
 * Neighbouring countries drawn around Ukraine for map context: Natural Earth 1:50m from the npm
 * package world-atlas, clipped to a box that holds every view the map can reach. 1:50m, not 1:10m: at the zoom levels the
 * app uses the difference is invisible, and it keeps the layer near 120 KB instead of 220 KB.
 * Clipping uses martinez-polygon-clipping (1.2 s here; polyclip-ts took 6 s), except for the union of
 * a country with the border strips that touch it, where martinez returns broken rings.
 */
import * as martinez from 'martinez-polygon-clipping';
import * as polyclip from 'polyclip-ts';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonAreaM2 } from '../../src/lib/geo/area.ts';
import { roundLine } from './coords.ts';

export interface CountryProps {
  id: string;
  name_en: string;
  name_uk: string;
}

/**
 * The map's `maxBounds` (src/lib/map/maplibre.ts), [[west, south], [east, north]]. MapLibre
 * zooms in rather than show anything outside them, whatever the screen's shape, so no view reaches
 * past them at any zoom (minZoom 3.5 included). Kept here rather than imported, since that module
 * loads MapLibre; countries.test.ts checks the two agree.
 */
export const MAP_MAX_BOUNDS = [
  [14, 38],
  [50, 58],
] as const;

/**
 * [west, south, east, north] of the area drawn; neighbours are clipped to it. The map's
 * `maxBounds` and a degree more on each side, so that no view ever shows the clip's edge: short of
 * it, land ended in a straight seam with the sea's blue beyond (east of Rostov, in embeds and in
 * presentation zoomed out).
 */
export const COUNTRIES_BBOX = [
  MAP_MAX_BOUNDS[0][0] - 1,
  MAP_MAX_BOUNDS[0][1] - 1,
  MAP_MAX_BOUNDS[1][0] + 1,
  MAP_MAX_BOUNDS[1][1] + 1,
] as const;

/**
 * Countries in the bbox, keyed by their world-atlas name, with ISO 3166-1 alpha-2 ids (Kosovo has
 * no ISO code; `xk` is the code the EU and others use). A country in the bbox that is missing here
 * is an error, so a new world-atlas release cannot slip in an unnamed polygon.
 */
const COUNTRIES: Record<string, CountryProps> = {
  Russia: { id: 'ru', name_en: 'Russia', name_uk: 'Росія' },
  Belarus: { id: 'by', name_en: 'Belarus', name_uk: 'Білорусь' },
  Poland: { id: 'pl', name_en: 'Poland', name_uk: 'Польща' },
  Slovakia: { id: 'sk', name_en: 'Slovakia', name_uk: 'Словаччина' },
  Hungary: { id: 'hu', name_en: 'Hungary', name_uk: 'Угорщина' },
  Romania: { id: 'ro', name_en: 'Romania', name_uk: 'Румунія' },
  Moldova: { id: 'md', name_en: 'Moldova', name_uk: 'Молдова' },
  Lithuania: { id: 'lt', name_en: 'Lithuania', name_uk: 'Литва' },
  Latvia: { id: 'lv', name_en: 'Latvia', name_uk: 'Латвія' },
  Bulgaria: { id: 'bg', name_en: 'Bulgaria', name_uk: 'Болгарія' },
  Serbia: { id: 'rs', name_en: 'Serbia', name_uk: 'Сербія' },
  Kosovo: { id: 'xk', name_en: 'Kosovo', name_uk: 'Косово' },
  Montenegro: { id: 'me', name_en: 'Montenegro', name_uk: 'Чорногорія' },
  Albania: { id: 'al', name_en: 'Albania', name_uk: 'Албанія' },
  Macedonia: { id: 'mk', name_en: 'North Macedonia', name_uk: 'Північна Македонія' },
  Turkey: { id: 'tr', name_en: 'Turkey', name_uk: 'Туреччина' },
  Georgia: { id: 'ge', name_en: 'Georgia', name_uk: 'Грузія' },
  Armenia: { id: 'am', name_en: 'Armenia', name_uk: 'Вірменія' },
  Azerbaijan: { id: 'az', name_en: 'Azerbaijan', name_uk: 'Азербайджан' },
  Kazakhstan: { id: 'kz', name_en: 'Kazakhstan', name_uk: 'Казахстан' },
  Iran: { id: 'ir', name_en: 'Iran', name_uk: 'Іран' },
  Iraq: { id: 'iq', name_en: 'Iraq', name_uk: 'Ірак' },
  Syria: { id: 'sy', name_en: 'Syria', name_uk: 'Сирія' },
  Greece: { id: 'gr', name_en: 'Greece', name_uk: 'Греція' },
  Italy: { id: 'it', name_en: 'Italy', name_uk: 'Італія' },
  Slovenia: { id: 'si', name_en: 'Slovenia', name_uk: 'Словенія' },
  Croatia: { id: 'hr', name_en: 'Croatia', name_uk: 'Хорватія' },
  'Bosnia and Herz.': { id: 'ba', name_en: 'Bosnia and Herzegovina', name_uk: 'Боснія і Герцеговина' },
  Austria: { id: 'at', name_en: 'Austria', name_uk: 'Австрія' },
  Czechia: { id: 'cz', name_en: 'Czechia', name_uk: 'Чехія' },
  Germany: { id: 'de', name_en: 'Germany', name_uk: 'Німеччина' },
  Denmark: { id: 'dk', name_en: 'Denmark', name_uk: 'Данія' },
  Sweden: { id: 'se', name_en: 'Sweden', name_uk: 'Швеція' },
  Estonia: { id: 'ee', name_en: 'Estonia', name_uk: 'Естонія' },
};

/** Pieces left over where Natural Earth's borders and coastlines differ from COD-AB's are dropped below this size. */
const SLIVER_KM2 = 1;

type Poly = martinez.Polygon;
type Box = [number, number, number, number];

/** martinez returns a Polygon (rings) when the result has one part, else a MultiPolygon. */
function parts(geometry: martinez.Geometry | null): Poly[] {
  if (!geometry || geometry.length === 0) return [];
  return typeof geometry[0][0][0] === 'number' ? [geometry as Poly] : (geometry as martinez.MultiPolygon);
}

const polygonsOf = (g: Polygon | MultiPolygon): Poly[] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Poly[];

function km2(polygons: Poly[]): number {
  return polygons.reduce((sum, p) => sum + polygonAreaM2(p), 0) / 1e6;
}

function bboxOf(polygons: Poly[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of polygons.flatMap((p) => p[0])) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** True if p lies on one of the polygons' ring edges (within 1e-7°, about 1 cm). */
function onBoundary([x, y]: Position, polygons: Poly[]): boolean {
  for (const ring of polygons.flat())
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1];
      const [bx, by] = ring[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t =
        dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      if ((ax + t * dx - x) ** 2 + (ay + t * dy - y) ** 2 < 1e-14) return true;
    }
  return false;
}

/**
 * Land that Natural Earth gives Ukraine but COD-AB's outline does not: strips up to a few km wide
 * along the land borders, where the two sources' lines differ. Left empty they would show as gaps
 * between the neighbours and Ukraine, so each strip goes to the neighbour along whose border most of
 * its own edge runs. Strips along the coast share little or no border with a neighbour and stay sea.
 * @returns the strips for each neighbour, in the order given
 */
function borderStrips(neUkraine: Poly[], outline: Poly[], neighbours: Poly[][]): Poly[][] {
  const onOutline = new Set(outline.flat(2).map(([x, y]) => `${x},${y}`));
  const boxes = neighbours.map(bboxOf);
  const strips: Poly[][] = neighbours.map(() => []);
  for (const strip of parts(martinez.diff(neUkraine, outline))) {
    // The strip's vertices that are not the outline's lie on NE's Ukrainian border.
    const edge = strip[0].filter(([x, y]) => !onOutline.has(`${x},${y}`));
    const shared = neighbours.map((polygons, i) => {
      const [w, s, e, n] = boxes[i];
      return edge.filter(([x, y]) => x >= w && x <= e && y >= s && y <= n && onBoundary([x, y], polygons))
        .length;
    });
    const best = shared.indexOf(Math.max(...shared));
    if (shared[best] >= 2 && shared[best] > edge.length / 2) strips[best].push(strip);
  }
  return strips;
}

/**
 * Neighbouring countries clipped to {@link COUNTRIES_BBOX}, with no part inside Ukraine's
 * internationally recognised borders and no gap along them.
 * @param worldAtlas a world-atlas `countries-50m.json` topology (object `countries`, property `name`)
 * @param ukraineOutline Ukraine's outline (COD-AB), the shape the app draws Ukraine with
 */
export function buildCountries(
  worldAtlas: Topology,
  ukraineOutline: Feature<Polygon | MultiPolygon>,
): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
  const object = worldAtlas.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (object?.type !== 'GeometryCollection')
    throw new Error('topology has no "countries" GeometryCollection');
  const [west, south, east, north] = COUNTRIES_BBOX;
  const box: Poly = [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
  const outline = polygonsOf(ukraineOutline.geometry);
  const outlineBox = bboxOf(outline);

  let neUkraine: Poly[] | null = null;
  const neighbours: { name: string; props: CountryProps; polygons: Poly[]; near: boolean }[] = [];
  for (const country of feature(worldAtlas, object).features) {
    const name = country.properties?.name;
    if (!name) throw new Error(`country with id ${JSON.stringify(country.id)}: missing name`);
    if (!country.geometry) continue;
    if (country.geometry.type !== 'Polygon' && country.geometry.type !== 'MultiPolygon')
      throw new Error(
        `country "${name}": geometry must be a Polygon or MultiPolygon, not ${country.geometry.type}`,
      );
    // Ukraine itself is drawn from the COD-AB units; NE's shape only serves to find border strips.
    if (name === 'Ukraine') {
      neUkraine = polygonsOf(country.geometry);
      continue;
    }
    const inBox = parts(martinez.intersection(polygonsOf(country.geometry), box));
    if (inBox.length === 0) continue;
    const props = COUNTRIES[name];
    if (!props)
      throw new Error(`country "${name}" lies in the map's bbox but has no id and names in countries.ts`);
    // Natural Earth draws de facto control: its Russia includes Crimea and Sevastopol. Neighbours
    // must not cover internationally recognised Ukrainian territory, so drop every part that lies
    // mostly inside Ukraine (the whole peninsula); the outline cuts the rest below. Cutting alone
    // would leave NE's Crimean coast and parts of the Syvash, which COD-AB leaves out, as Russian fringes.
    const near = overlaps(bboxOf(inBox), outlineBox); // only these can overlap Ukraine
    const polygons = near
      ? inBox.filter((p) => km2(parts(martinez.intersection(p, outline))) < 0.5 * km2([p]))
      : inBox;
    neighbours.push({ name, props, polygons, near });
  }
  if (!neUkraine) throw new Error('topology has no country named "Ukraine"');

  const strips = borderStrips(
    neUkraine,
    outline,
    neighbours.map((n) => n.polygons),
  );
  const features: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  neighbours.forEach(({ name, props, polygons, near }, i) => {
    // Cut first, then add the strips: their edges run exactly along the outline and NE's border,
    // and only polyclip handles such shared edges.
    const cut = near ? parts(martinez.diff(polygons, outline)) : polygons;
    const land = strips[i].length
      ? (polyclip.union(cut as polyclip.Geom, ...(strips[i] as polyclip.Geom[])) as Poly[])
      : cut;
    const kept = land.filter((p) => km2([p]) >= SLIVER_KM2);
    if (kept.length === 0) return;
    const rounded = kept.map((rings) => rings.map((ring) => roundLine(ring, `country "${name}"`)));
    features.push({
      type: 'Feature',
      properties: { ...props },
      geometry:
        rounded.length === 1
          ? { type: 'Polygon', coordinates: rounded[0] }
          : { type: 'MultiPolygon', coordinates: rounded },
    });
  });
  return { type: 'FeatureCollection', features };
}
