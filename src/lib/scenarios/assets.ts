/**
 * Power plants on each side under a scenario ("land and power plants"): which unit each plant stands
 * in, who holds it on the reference line, and who would hold it under the scenario's terms.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { PlantProps, Status, UnitProps } from '../data/types.ts';
import { inSpans } from '../data/spans.ts';
import { termFor, type Terms } from './terms.ts';
import type { Lang } from '../state/url.ts';

/** The Zaporizhzhia NPP in the WRI database: always listed first. */
export const ZNPP = 'WRI1005114';

/** Who holds a plant: a control status, or demilitarised under a proposal. */
export type Side = Status | 'dmz';

export interface PlantSide extends PlantProps {
  unit: string;
  /** Holder on the line of control of the reference date. */
  line: Side;
  /** Holder under the scenario. */
  side: Side;
}

/** Who holds a plant on date index `i`: its land's status then, else its unit's own country. */
function lineSide(plant: PlantProps, unit: UnitProps, i: number): Side {
  for (const s of ['ru', 'ua', 'contested'] as const) if (inSpans(plant.held?.[s], i)) return s;
  return unit.country === 'UA' ? 'ua' : 'ru';
}

/**
 * Every plant in the table's units with its holder on the line and under the terms. Sorted with the
 * Zaporizhzhia NPP first, then plants that change hands, then by capacity.
 */
export function plantSides(
  plants: FeatureCollection<Point, PlantProps>,
  units: readonly UnitProps[],
  dateIndex: number,
  terms: Terms,
): PlantSide[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: PlantSide[] = [];
  for (const p of plants.features) {
    const unit = byId.get(p.properties.unit ?? '');
    const term = unit && termFor(terms, unit);
    if (!unit || !term) continue;
    const line = lineSide(p.properties, unit, dateIndex);
    let side: Side =
      term === 'line' ? line : term === 'ua' ? 'ua' : term === 'ru' ? 'ru' : line === 'ru' ? 'ru' : 'dmz';
    if (terms.demilitarisedPlants.includes(p.properties.id)) side = 'dmz';
    out.push({ ...p.properties, unit: unit.id, line, side });
  }
  const rank = (x: PlantSide) => (x.id === ZNPP ? 0 : x.side !== x.line ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b) || b.mw - a.mw);
}

/** A plant's name in the reader's language. */
export function plantName(p: Pick<PlantProps, 'name' | 'name_uk'>, lang: Lang): string {
  return lang === 'uk' ? p.name_uk : p.name;
}

/**
 * Capacity in MW and number of plants per side, for the plants in one country: Ukraine's by
 * default, Russia's (the Kursk NPP) apart, so that Ukraine's totals and Russia's add up to the list.
 */
export function capacityBySide(
  plants: readonly PlantSide[],
  country: PlantProps['country'] = 'UA',
): Record<Side, { mw: number; count: number }> {
  const out = {
    ru: { mw: 0, count: 0 },
    ua: { mw: 0, count: 0 },
    contested: { mw: 0, count: 0 },
    dmz: { mw: 0, count: 0 },
  };
  for (const p of plants) {
    if (p.country !== country) continue;
    out[p.side].mw += p.mw;
    out[p.side].count += 1;
  }
  return out;
}
