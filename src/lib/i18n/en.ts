/** English messages. Every visible string goes through a catalogue; uk.ts mirrors this shape. */
import { enPeople } from './en-people.ts';

export const en = {
  ...enPeople,
  title: 'Territorial control in the Russia–Ukraine war',
  description:
    'Who controls the land on any day since April 2022, what Russia claims as annexed, and the exact areas involved.',
  loading: 'Loading map data…',
  loadingHistory: 'Loading history…',
  historyFailed: (detail: string) =>
    `The history could not be loaded (${detail}); the map shows the latest day. Please try again later.`,
  historyAltered: (file: string) =>
    `The history file ${file} is truncated or altered (it does not match manifest.json), so the map shows the latest day only. Whoever hosts this map should rebuild the data with npm run data or copy the data files again.`,
  historyUnavailable: 'The history could not be loaded: the map shows the latest day.',
  dataError: (detail: string) => `The map data could not be loaded (${detail}). Please try again later.`,
  dataAltered: (file: string) =>
    `The data file ${file} is truncated or altered (it does not match manifest.json), so the map cannot be shown. Whoever hosts this map should rebuild the data with npm run data or copy the data files again.`,
  noWebgl:
    'Your browser cannot draw the interactive map (WebGL is unavailable), so a static picture is shown instead. The figures and controls still work.',
  contextLost: 'The browser stopped drawing the map (its graphics were reset); the figures still hold.',
  reloadMap: 'Reload the map',
  mapFailed: (detail: string) =>
    `The interactive map could not start (${detail}), so a static picture is shown instead. The figures and controls still work.`,
  compareMapFailed: (detail: string) =>
    `The map of the compared scenario could not start (${detail}). The table of differences still works.`,
  staticMapTitle: (date: string) => `Static map of control on ${date}`,

  controls: 'Controls',
  sheetMore: 'More: terms, tours, legend',
  sheetLess: 'Less',
  date: 'Date',
  dateSlider: 'Date of the line of control',
  datePicker: 'Choose a date',
  situationOn: (date: string) => `Situation on ${date}`,
  carried: 'No new source data for this day: the previous day’s line is shown.',
  play: 'Play',
  pause: 'Pause',
  playLabel: 'Play the line of control through time',
  pauseLabel: 'Pause the animation',
  scenario: 'Scenario',
  scenarioSlider:
    'Scenario, from recognised borders through the line of control and proposals to Russia’s claim',

  scenarioStops: 'All scenarios',
  proposedOn: (date: string) => `Proposed ${date}`,
  basisPublished: 'Published terms',
  basisLeaked: 'Leaked draft',
  basisReported: 'Reported terms',
  scenarioSources: 'Sources',
  textsUnavailable: 'The description of this scenario could not be loaded; reload the page to try again.',
  partUnavailable: 'Part of this page could not be loaded; reload the page to try again.',
  variants: 'Reading of the open terms',
  pinned: (date: string) =>
    `This proposal is measured against the line of control on ${date}; the date controls wait until another scenario is chosen.`,

  custom: 'Make your own scenario',
  customIntro:
    'Set each region yourself, starting from the chosen scenario. Your choices are kept in the link, so it can be shared.',
  customBased: (title: string) => `Your scenario, based on “${title}”`,
  customReset: 'Back to the scenario as proposed',
  toggleRu: 'Russian-held',
  toggleUa: 'Ukrainian-held',
  toggleLine: 'As on the line',
  toggleDmz: 'Ukraine-held part demilitarised',

  changes: 'What changes hands',
  changesIntro: (date: string) => `Against the line of control on ${date}.`,
  changesToRu: 'Would pass to Russian control',
  changesToUa: 'Would return to Ukrainian control',
  changesDmz: 'Would be demilitarised',
  changesNone: 'No land in Ukraine changes hands against the line of control.',
  changesByRegion: 'By region, km²',
  changesColToRu: 'To Russian control',
  changesColToUa: 'To Ukrainian control',
  changesColDmz: 'Demilitarised',
  changesKursk: (km2: string) =>
    `In Russia’s Kursk oblast, ${km2} km² held by Ukraine or contested would return to Russian control.`,
  ofUkraine: (pct: string) => `${pct} of Ukraine`,
  legendToRu: 'Would pass to Russian control under this scenario',
  legendToUa: 'Would return to Ukrainian control under this scenario',

  plants: 'Power plants',
  plantsIntro:
    'Power plants in the regions the table covers (WRI Global Power Plant Database), by who would hold them under this scenario. Capacity is the installed capacity in the database, not current output.',
  plantsTotals: 'Installed capacity by holder (plants in Ukraine)',
  plantsMw: (mw: string, count: number) => `${mw} MW (${count} ${count === 1 ? 'plant' : 'plants'})`,
  plantsMore: (count: number) => `Show all ${count} plants`,
  colPlant: 'Plant',
  colFuel: 'Fuel',
  colMw: 'MW',
  colOnLine: 'On the line',
  colUnder: 'Under this scenario',
  sideRu: 'Russian control',
  sideUa: 'Ukrainian control',
  sideContested: 'Contested',
  sideDmz: 'Demilitarised',
  fuelNuclear: 'Nuclear',
  fuelCoal: 'Coal',
  fuelGas: 'Gas',
  fuelHydro: 'Hydro',
  fuelSolar: 'Solar',
  fuelWind: 'Wind',
  fuelOther: 'Other',

  compare: 'Compare with',
  compareNone: 'No comparison',
  compareSelf: (title: string) => `${title} — this scenario, without your changes`,
  compareVariant: 'Reading of the compared scenario',
  compareNote: 'The compared scenario is shown as proposed, without your own changes to regions.',
  compareDivider: 'Divider: the chosen scenario on the left, the compared one on the right',
  compareTable: 'Difference between the two scenarios',
  compareCaption: (a: string, b: string, date: string) =>
    `A: ${a}. B: ${b}. Areas in km², on the line of control of ${date} unless a scenario pins its own day.`,
  colRuA: 'Russian control, A',
  colRuB: 'Russian control, B',
  colDiff: 'Difference, B − A',
  colDmzA: 'Demilitarised, A',
  colDmzB: 'Demilitarised, B',

  mapZoomIn: 'Zoom in',
  mapZoomOut: 'Zoom out',
  mapCredits: 'Toggle map credits',
  gestureWindows: 'Use Ctrl + scroll to zoom the map',
  gestureMac: 'Use ⌘ + scroll to zoom the map',
  gestureMobile: 'Use two fingers to move the map',
  openFull: 'Open the full map',
  summaryRu: (km2: string, pct: string) => `${km2} km² of Ukraine under Russian control (${pct})`,
  summaryChange: (km2: string) => `${km2} km² against the line of control`,
  sourceLine: (date: string) =>
    `Control: DeepStateMap.live, ${date}. Boundaries: OCHA COD-AB (CC BY-IGO), Natural Earth. Power plants: WRI (CC BY 4.0).`,

  tours: 'Guided tours',
  tourChoose: 'Choose a tour',
  tourStep: (n: number, total: number) => `Step ${n} of ${total}`,
  tourPrev: 'Previous step',
  tourNext: 'Next step',
  tourEnd: 'End the tour',
  present: 'Present',
  presentLabel: 'Present full screen for a class',
  presentLeave: 'Leave presentation',
  presentHint: '← → step · 1–9, 0 scenario · Space play/pause · F full screen · Esc leave',

  share: 'Share and export',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  linkCopyFailed: 'Copy the link from the box below.',
  exportFailed: (detail: string) => `The file could not be made (${detail}). Please try again.`,
  embed: 'Embed…',
  embedTitle: 'Embed this map',
  embedIntro: 'Paste this code into your page. It shows the current view; readers can still change it.',
  embedWidth: 'Width (px)',
  embedHeight: 'Height (px)',
  embedResponsive:
    'Responsive: full column width, height follows the content (adds a small script from this site)',
  embedCode: 'Embed code',
  embedCopy: 'Copy code',
  codeCopied: 'Code copied.',
  codeCopyFailed:
    'The browser did not allow copying: the code above is selected, press Ctrl+C (⌘C on a Mac).',
  close: 'Close',
  downloadCsv: 'Table (CSV)',
  downloadGeojson: 'Map shapes (GeoJSON)',
  downloadImage: 'Image 1200 × 675',
  downloadSquare: 'Image 1080 × 1080',
  exportNote: 'Every download carries its sources, date and licence.',
  frameTitle: (scenario: string) => `Map: territorial control in the Russia–Ukraine war, ${scenario}`,

  legend: 'Legend',
  legendSource: (date: string) => `Control on ${date}. Source: DeepStateMap.live.`,
  ruHeld: 'Under Russian control (DeepStateMap)',
  uaHeld: 'Under Ukrainian control',
  uaInRussia: 'Held by Ukraine inside Russia (DeepStateMap)',
  contested: 'Contested or unknown status (DeepStateMap)',
  claimedNotHeld: 'Claimed by Russia as annexed (not held)',
  claimNote:
    '“Claimed” means Russia’s annexation claim (Crimea and Sevastopol in 2014; Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts in 2022), not battlefield claims of advance.',
  dmz: 'Demilitarised zone (proposal)',
  lineOfControl: 'Outline of Russian-held land on the chosen date',
  focusBorder: 'Border of a focus region',
  nuclear: 'Nuclear power plant',
  plant: 'Other power plant',
  formerKakhovka: 'Former Kakhovka reservoir (drained after the dam was destroyed on 6 June 2023)',
  uaInRussiaNoData: (until: string) =>
    `No data on Ukraine-held land in Russia after ${until}; none is shown for this date.`,

  table: 'Area by region',
  tableCaption: (scenario: string, date: string) =>
    `${scenario}. Change is measured against the line of control on ${date}. Areas in km².`,
  colRegion: 'Region',
  colOfficial: 'Official area',
  colPolygon: 'Area on map',
  colRu: 'Under Russian control',
  colUa: 'Under Ukrainian control',
  colDmz: 'Demilitarised',
  colChange: 'Change vs line of control',
  colPctRegion: '% of region',
  colPctUkraine: '% of Ukraine',
  rowCrimea: 'Crimea (AR Crimea and Sevastopol)',
  rowOther: 'Other oblasts of Ukraine',
  rowUkraine: 'Ukraine, total',
  rowRussia: 'In Russia (not part of Ukraine’s total)',
  syvashNote:
    'COD-AB boundaries leave the Syvash lagoon out; the official areas of Kherson Oblast and Crimea include it, hence the gap.',
  changeNote: 'Change: land that changes hands against the line of control on this date; + towards Russia.',
  contestedNote: (region: string, km2: string) =>
    `${region}: ${km2} km² contested (grey zone), counted in neither column.`,
  deepstateCompare: (theirs: string, ours: string) =>
    `DeepStateMap’s own polygon for this date covers ${theirs} km²; Russian-held land within Ukraine’s COD-AB outline sums to ${ours} km². Theirs is larger because it includes water such as the Syvash lagoon and coastal shallows, and lies partly outside the COD-AB outline.`,
  notAvailable: 'not available',
  noData: 'no data',
  noDataNote: (region: string, until: string) =>
    `${region}: no data on who holds the land after ${until}, when the source’s series on Ukraine-held land in Russia ends.`,

  tooltipRu: 'Russian control',
  tooltipUa: 'Ukrainian control',
  tooltipContested: 'Contested',
  tooltipChange: 'Change vs line',

  sources: 'Sources and licences',
  latestData: (date: string, ago: string) => `Latest data: ${date} (${ago})`,
  daysAgo: (days: number) => (days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`),
  newestFetched: (date: string, commit: string, fetched: string) =>
    `Newest day ${date}, fetched from the upstream at commit ${commit} on ${fetched} UTC.`,
  newestStored: (date: string) => `Newest day ${date}, from the stored series.`,
  terms: 'Owner’s terms',
  termsNote:
    'The data’s owner publishes its own terms of use, which limit some uses: check them before commercial use.',
  attribution: 'Credit',
  licence: 'Licence',
  covers: 'Covers',
  version: 'Version',
  note: 'Note',
  source: 'Source',

  method: 'Method',
  methodText: [
    'Boundaries: Ukraine’s oblasts from OCHA COD-AB 2017 (State Scientific Production Enterprise “Kartographia”); Kursk and other Russian oblasts from Natural Earth.',
    'Areas are computed on the WGS84 ellipsoid with GeographicLib, the standard official and DeepStateMap figures use.',
    '“Under Russian control” is DeepStateMap’s occupied classes, including Crimea and the areas held since 2014, clipped to each oblast. Ukraine-held and contested land in Kursk and Belgorod comes from an archive of DeepStateMap snapshots that ends on 4 August 2025.',
    'Each date shows the state DeepStateMap published the previous evening. Figures are rounded to the nearest km².',
  ],

  notices: 'Notices',
  dismiss: 'Dismiss',
  badValue: (param: string, value: string) =>
    `The link asked for ${param} “${value}”, which is not available; the default is shown instead.`,
  newerLink: (value: string) =>
    `The link is in format “${value}”, which this version does not know; it is read as format 1, as closely as it can be.`,
  dateSnapped: (value: string, to: string) =>
    `There is no data for ${value}; the nearest available date, ${to}, is shown.`,
  toursFailed: (detail: string) => `The guided tours could not be loaded (${detail}).`,
  zoneFailed: (detail: string) =>
    `The demilitarised zone could not be computed (${detail}); its figures are shown as unavailable.`,
  zoneWidth: (sides: string) =>
    sides === 'both'
      ? 'Zone width on each side of the line of contact'
      : sides === 'ua'
        ? 'Zone width on the Ukraine-held side of the line of contact'
        : 'Zone width on the Russian-held side of the line of contact',
  zoneLegend: (km: string, sides: string) =>
    `Demilitarised zone, ${km} km ${sides === 'both' ? 'each side' : sides === 'ua' ? 'on the Ukraine-held side' : 'on the Russian-held side'} (proposed)`,
  zoneFailedShort: 'The zone could not be computed: its figures are unavailable.',
  zonePending: 'Computing the zone…',
  zoneUnavailable: 'unavailable',
  zoneResult: (km2: string, ru: string, ua: string) =>
    `${km2} km² demilitarised: ${ru} km² Russian-held and ${ua} km² Ukraine-held on the line`,
  zoneOfWhich: (ru: string, ua: string) => `of which ${ru} km² Russian-held, ${ua} km² Ukraine-held`,
  km2: 'km²',
  tableOf: (name: string) => `${name}, table`,

  announceScenario: (title: string, km2: string, pct: string) =>
    `${title}: ${km2} km² under Russian control, ${pct} of Ukraine`,
  announceMore: (km2: string, date: string) => `${km2} km² more than the line of ${date}`,
  announceLess: (km2: string, date: string) => `${km2} km² less than the line of ${date}`,
  announceSame: (date: string) => `the same as the line of ${date}`,
  announceKursk: (km2: string) => `${km2} km² in Russia’s Kursk oblast back under Russian control`,
} as const;

/** The shape every language's catalogue has. */
export type Messages = {
  [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof en)[K] extends readonly string[]
      ? readonly string[]
      : (typeof en)[K] extends Readonly<Record<string, string>>
        ? { readonly [P in keyof (typeof en)[K]]: string }
        : string;
};
