/**
 * What the people table writes beside its figures: the rows it shows, the largest towns named in the
 * reader's language, and Kyiv's own published figure where a scenario moves the land it counts. Pure.
 */
import type { RegionId } from '../data/types.ts';
import type { Count, PeopleFigures, PeopleResult, PlacedSettlement } from '../scenarios/people.ts';
import type { Terms } from '../scenarios/terms.ts';
import type { Lang } from '../state/url.ts';

/** The people table's rows: the area table's, without Sevastopol's sub-row (Crimea counts it). */
export const PEOPLE_ROWS: readonly RegionId[] = [
  'donetsk',
  'luhansk',
  'zaporizhzhia',
  'kherson',
  'crimea',
  'other',
  'ukraine',
  'kursk',
];

const none = (): Count => ({ pop: 0, places: 0 });

/** A row's figures; a region without any settlement has zeros. */
export function rowFigures(people: PeopleResult, region: RegionId): PeopleFigures {
  return (
    people.regions[region] ?? {
      ru: none(),
      ua: none(),
      dmz: none(),
      contested: none(),
      toRu: none(),
      toUa: none(),
      change: 0,
    }
  );
}

/** A settlement's name in the page's language: GeoNames' romanised name where the project has no Ukrainian one. */
export const townName = (s: Pick<PlacedSettlement, 'name_en' | 'name_uk'>, lang: Lang): string =>
  lang === 'uk' ? (s.name_uk ?? s.name_en) : s.name_en;

/** The `max` largest of `list` (already largest first) by name and population, and how many more there are. */
export function largestTowns(
  list: readonly PlacedSettlement[],
  lang: Lang,
  max = 5,
): { towns: { name: string; pop: number }[]; more: number } {
  return {
    towns: list.slice(0, max).map((s) => ({ name: townName(s, lang), pop: s.pop })),
    more: Math.max(0, list.length - max),
  };
}

/**
 * Kyiv's published figure for the people living in the part of Donetsk oblast Ukraine holds:
 * President Zelensky at a press conference on 14 February 2026, "There are 200,000 people there", as
 * UNN reported it. (The issue speaks of "about 190,000 residents" for the 2026 strip; no stored
 * source gives that figure, so the one found and checked is shown.)
 */
export const KYIV_DONETSK_FIGURE = {
  people: 200_000,
  date: '2026-02-14',
  source: {
    name: 'UNN: Putin wants the entire Donetsk region to sell it as a victory – Zelenskyy',
    url: 'https://unn.ua/en/news/putin-wants-the-entire-donetsk-region-to-sell-it-as-a-victory-zelenskyy',
  },
} as const;

/**
 * Whether Kyiv's figure speaks of land the terms move: the part of Donetsk oblast Ukraine holds passes
 * to Russia or is demilitarised, or a strip is drawn in Donetsk by name. A strip along the whole line
 * is not that land, so the figure is not set beside it.
 */
export function kyivFigureApplies(terms: Terms): boolean {
  const t = terms.units.donetsk ?? terms.regions.donetsk;
  return t === 'ru' || t === 'dmz' || !!terms.buffer?.regions?.includes('donetsk');
}
