/**
 * A hand-made world for scenario tests: round numbers so every expected figure can be checked by eye.
 * Units: Donetsk 100 km², AR Crimea 90 + Sevastopol 10, Kharkiv 200 (an "other" oblast), Kursk 300,
 * Belgorod 50 (Russian, no table row). Two dates; on the second the Kursk data has run out (null).
 */
import type { Areas, UnitProps } from '../data/types.ts';

const unit = (id: string, region: UnitProps['region'], country: 'UA' | 'RU', km2: number): UnitProps => ({
  id,
  iso: id,
  country,
  region,
  name_en: id,
  name_uk: id,
  km2,
  official_km2: null,
});

export const UNITS: UnitProps[] = [
  unit('donetsk', 'donetsk', 'UA', 100),
  unit('ar_crimea', 'crimea', 'UA', 90),
  unit('sevastopol', 'crimea', 'UA', 10),
  unit('kharkiv', 'other', 'UA', 200),
  unit('kursk', 'kursk', 'RU', 300),
  unit('belgorod', null, 'RU', 50),
];

export const AREAS: Areas = {
  schema: 1,
  dates: ['2024-08-20', '2025-09-01'],
  ru: { donetsk: [40, 60], ar_crimea: [90, 90], sevastopol: [10, 10], kharkiv: [0, 5] },
  ua: { kursk: [20, null], belgorod: [1, null] },
  contested: { kursk: [5, null] },
  deepstateKm2: [150, 170],
};
