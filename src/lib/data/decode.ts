/**
 * TopoJSON → GeoJSON, on demand. The control topology holds ~1,600 dates; only the one shown is
 * ever decoded, so a date costs one object's arcs, not the whole history.
 */
import { feature, merge, mesh } from 'topojson-client';
import type {
  FeatureCollection,
  Feature,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import type {
  CityProps,
  ContextTopology,
  ControlTopology,
  LakeProps,
  PieceProps,
  PlantProps,
  RegionsTopology,
  RiverProps,
  Status,
  UnitProps,
} from './types.ts';
import { holderAt } from './holder.ts';

type Areal = Polygon | MultiPolygon;

/** The base map: administrative units, Ukraine's outline and neighbouring countries. */
export interface Regions {
  units: FeatureCollection<Areal, UnitProps>;
  outline: FeatureCollection<Areal, { id: 'ukraine' }>;
  countries: FeatureCollection<Areal, { id: string; name_en: string; name_uk: string }>;
  /** The units merged into one surface per country, to paint the land in one pass. */
  land: FeatureCollection<MultiPolygon, { country: string }>;
  /** Every border between (and around) the units and the countries, each drawn once. */
  unitBorders: Feature<MultiLineString>;
  countryBorders: Feature<MultiLineString>;
  /** Unit properties alone, for the arithmetic. */
  unitProps: UnitProps[];
}

/** Decodes regions.topo.json. */
export function decodeRegions(topo: RegionsTopology): Regions {
  const units = feature(topo, topo.objects.units) as FeatureCollection<Areal, UnitProps>;
  return {
    units,
    outline: feature(topo, topo.objects.outline) as Regions['outline'],
    countries: feature(topo, topo.objects.countries) as Regions['countries'],
    land: landByCountry(topo),
    unitBorders: borders(topo, topo.objects.units),
    countryBorders: borders(topo, topo.objects.countries),
    unitProps: units.features.map((f) => f.properties),
  };
}

/**
 * Filled unit by unit, the land costs the renderer every inner border's vertices; merged, each
 * country's surface keeps only its outer rings.
 */
function landByCountry(topo: RegionsTopology): Regions['land'] {
  const units = topo.objects.units.geometries as Array<TopoPolygon<UnitProps> | TopoMultiPolygon<UnitProps>>;
  const countries = [...new Set(units.map((g) => g.properties!.country))];
  return {
    type: 'FeatureCollection',
    features: countries.map((country) => ({
      type: 'Feature',
      properties: { country },
      geometry: merge(
        topo,
        units.filter((g) => g.properties!.country === country),
      ),
    })),
  };
}

/** Drawn from both polygons' rings, a shared border costs twice the vertices of the mesh's one arc. */
function borders(topo: RegionsTopology, object: GeometryCollection): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry: mesh(topo, object) };
}

/** Rivers, reservoirs, cities and power plants. */
export interface Context {
  rivers: FeatureCollection<MultiLineString, RiverProps>;
  lakes: FeatureCollection<Areal, LakeProps>;
  cities: FeatureCollection<Point, CityProps>;
  plants: FeatureCollection<Point, PlantProps>;
}

/** Decodes context.topo.json. */
export function decodeContext(topo: ContextTopology): Context {
  return {
    rivers: feature(topo, topo.objects.rivers) as Context['rivers'],
    lakes: feature(topo, topo.objects.lakes) as Context['lakes'],
    cities: feature(topo, topo.objects.cities) as Context['cities'],
    plants: feature(topo, topo.objects.plants) as Context['plants'],
  };
}

/** Control on one date: the pieces to fill and the outline of Russian-held land. */
export interface ControlOnDate {
  /** The date this geometry is of. */
  date: string;
  pieces: FeatureCollection<Areal, PieceProps>;
  /** Edges of Russian-held land that no other Russian-held piece shares: the line of control. */
  line: Feature<MultiLineString>;
  /** The status of the piece of `unit` that `point` lies in, or null; without decoding the pieces. */
  holder(point: Position, unit: string): Status | null;
}

const EMPTY_LINE: Feature<MultiLineString> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiLineString', coordinates: [] },
};

/**
 * Decodes the control pieces of one date, lazily: the map steps through dates with the faces of the
 * whole history (faces.ts) and needs only `date`, so the geometry is decoded when first read.
 * Pieces are cut along unit borders, so an arc shared by two Russian-held pieces is a unit border
 * inside held land; only arcs used once outline the held land.
 */
export function decodeControl(topo: ControlTopology, date: string): ControlOnDate {
  const object = topo.objects[date];
  if (!object) throw new Error(`control.topo.json has no object for ${date}`);
  let pieces: ControlOnDate['pieces'] | undefined;
  let line: ControlOnDate['line'] | undefined;
  return {
    date,
    get pieces() {
      return (pieces ??= feature(topo, object) as ControlOnDate['pieces']);
    },
    get line() {
      if (line) return line;
      const ru: GeometryCollection<PieceProps> = {
        type: 'GeometryCollection',
        geometries: object.geometries.filter((g) => (g.properties as PieceProps | undefined)?.s === 'ru'),
      };
      line = ru.geometries.length
        ? { type: 'Feature', properties: {}, geometry: mesh(topo, ru, (a, b) => a === b) }
        : EMPTY_LINE;
      return line;
    },
    holder: (point, unit) => holderAt(topo, object, point, unit),
  };
}
