/** TopoJSON → GeoJSON for the base map (regions.bin) and the context layers (context.bin); see topo-binary.ts. */
import { feature, merge, mesh } from 'topojson-client';
import type { FeatureCollection, Feature, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import type {
  CityProps,
  ContextTopology,
  LakeProps,
  PlantProps,
  RegionsTopology,
  RiverProps,
  UnitProps,
} from './types.ts';

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

/** Decodes the regions topology. */
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

/** Decodes the context topology. */
export function decodeContext(topo: ContextTopology): Context {
  return {
    rivers: feature(topo, topo.objects.rivers) as Context['rivers'],
    lakes: feature(topo, topo.objects.lakes) as Context['lakes'],
    cities: feature(topo, topo.objects.cities) as Context['cities'],
    plants: feature(topo, topo.objects.plants) as Context['plants'],
  };
}
