/**
 * The rows of the area table, in order, with their labels and official areas: pure, so that what the
 * table shows is tested without a DOM.
 */
import type { RegionId, UnitProps } from '../data/types.ts';
import type { Figures, ScenarioResult } from '../scenarios/evaluate.ts';
import type { Lang } from '../state/url.ts';
import type { Messages } from '../i18n/index.ts';

/** One table row. */
export interface Row {
  /** `data-region`: a region id, or `sevastopol` for Crimea's sub-row. */
  id: RegionId | 'sevastopol';
  label: string;
  figures: Figures;
  /** Sum of the units' official areas, or null if any is unknown. */
  official: number | null;
  /** Shares are against Ukraine's area (false for Kursk, which is not part of Ukraine). */
  inUkraine: boolean;
  sub: boolean;
  /** Official area includes the Syvash lagoon that COD-AB leaves out. */
  syvash: boolean;
}

const UKRAINE_ROWS: RegionId[] = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'other'];

function official(units: readonly UnitProps[], ids: string[]): number | null {
  const values = ids.map((id) => units.find((u) => u.id === id)?.official_km2 ?? null);
  return values.every((v) => v !== null) ? (values as number[]).reduce((a, b) => a + b, 0) : null;
}

/**
 * Builds the table rows: the Ukrainian regions (Sevastopol under Crimea), the Ukraine total, and
 * Kursk apart. Single-unit regions take their names from the data.
 */
export function tableRows(
  result: ScenarioResult,
  units: readonly UnitProps[],
  lang: Lang,
  t: Messages,
): { ukraine: Row[]; total: Row; russia: Row[] } {
  const name = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u ? (lang === 'uk' ? u.name_uk : u.name_en) : id;
  };
  const row = (
    id: Row['id'],
    label: string,
    figures: Figures,
    ids: string[],
    extra: Partial<Row> = {},
  ): Row => ({
    id,
    label,
    figures,
    official: official(units, ids),
    inUkraine: true,
    sub: false,
    syvash: false,
    ...extra,
  });
  const ukraine: Row[] = [];
  for (const r of UKRAINE_ROWS) {
    if (r === 'crimea') {
      ukraine.push(
        row('crimea', t.rowCrimea, result.regions.crimea, ['ar_crimea', 'sevastopol'], { syvash: true }),
      );
      const sev = result.units.sevastopol;
      if (sev) ukraine.push(row('sevastopol', name('sevastopol'), sev, ['sevastopol'], { sub: true }));
    } else if (r === 'other') {
      ukraine.push(row('other', t.rowOther, result.regions.other, ['__none__']));
    } else {
      ukraine.push(row(r, name(r), result.regions[r], [r], { syvash: r === 'kherson' }));
    }
  }
  return {
    ukraine,
    total: row('ukraine', t.rowUkraine, result.regions.ukraine, ['__none__']),
    russia: [row('kursk', name('kursk'), result.regions.kursk, ['kursk'], { inUkraine: false })],
  };
}

/** Rows of "What changes hands" by region: the regions where land moves, Kursk last; no sub-rows. */
export function changeRows(rows: { ukraine: Row[]; russia: Row[] }): Row[] {
  const moves = ({ toRu, toUa, dmz }: Figures) => [toRu, toUa, dmz].some((km2) => Math.round(km2) > 0);
  return [...rows.ukraine, ...rows.russia].filter((r) => !r.sub && moves(r.figures));
}
