/**
 * A hand-made world for scenario tests: round numbers so every expected figure can be checked by eye.
 * Units: Donetsk 100 km², Luhansk 50, AR Crimea 90 + Sevastopol 10, Kharkiv 200 (an "other" oblast),
 * Kursk 300, Belgorod 50 (Russian, no table row). Three dates; on the last the Kursk data has run out
 * (null). The middle date is the day of the Kursk exchange offer, 2025-02-11.
 */
import { SCHEMA_VERSION, type Areas, type UnitProps } from '../data/types.ts';

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
  unit('luhansk', 'luhansk', 'UA', 50),
  unit('ar_crimea', 'crimea', 'UA', 90),
  unit('sevastopol', 'crimea', 'UA', 10),
  unit('kharkiv', 'other', 'UA', 200),
  unit('kursk', 'kursk', 'RU', 300),
  unit('belgorod', null, 'RU', 50),
];

export const AREAS: Areas = {
  schema: SCHEMA_VERSION,
  dates: ['2024-08-20', '2025-02-11', '2025-09-01'],
  ru: {
    donetsk: [40, 50, 60],
    luhansk: [45, 48, 49],
    ar_crimea: [90, 90, 90],
    sevastopol: [10, 10, 10],
    kharkiv: [0, 3, 5],
  },
  ua: { kursk: [20, 8, null], belgorod: [1, 0, null] },
  contested: { kursk: [5, 2, null] },
  deepstateKm2: [150, 160, 170],
};
