/**
 * The area table as CSV (RFC 4180: CRLF lines, fields quoted when they must be), for readers who
 * want the figures in a spreadsheet. Rows come from the table's own row builder, so the file and
 * the table cannot disagree.
 *
 * Layout, chosen for spreadsheets first and scripts second:
 * - UTF-8 with a byte-order mark. Excel reads a CSV without one in the system's legacy code page and
 *   turns "–", "²", "“" and Cyrillic into mojibake; LibreOffice, Google Sheets, pandas and R's readr
 *   all recognise the mark and drop it (Python's csv module wants `encoding="utf-8-sig"`).
 * - The header row first, the data rows right under it, so a spreadsheet takes row 1 as the header
 *   and sorting, filters and "format as table" see one contiguous block.
 * - Then one empty line and the block saying what the figures are and whose they are (the file
 *   travels without the app, and the sources' terms ask for credit): one row per item, `#`, a key
 *   and the text as one quoted field. A spreadsheet shows each item as `#`, key, and the whole text
 *   in one cell, commas included; readers that know comments skip the whole block
 *   (`pandas.read_csv(f, comment="#")`, `read.csv(f, comment.char = "#")`), and the others read
 *   three-field rows under the data without error. A sidecar file was not chosen: it gets separated
 *   from the data, and a browser asks before saving two files from one click.
 */
import type { UnitProps } from '../data/types.ts';
import { known, type ScenarioResult } from '../scenarios/evaluate.ts';
import type { Lang } from '../state/url.ts';
import { messages } from '../i18n/index.ts';
import { tableRows, type Row } from '../ui/table-rows.ts';
import { ATTRIBUTION, LICENCE, SOURCES, type ExportAbout } from './about.ts';
import type { PeopleResult } from '../scenarios/people.ts';
import { rowFigures } from '../ui/people-text.ts';

/** Column names stay English in both languages, so scripts can read either file. */
const COLUMNS = [
  'region',
  'part_of',
  'name',
  'ru_km2',
  'ua_km2',
  'dmz_km2',
  'contested_km2',
  'change_km2',
  'area_km2',
  'official_km2',
  'ru_pct_of_region',
  'ru_pct_of_ukraine',
  // Pre-war population (GeoNames) and number of settlements: empty until the settlements are loaded,
  // and for Sevastopol's sub-row (Crimea's row counts its people).
  'ru_people',
  'ua_people',
  'dmz_people',
  'contested_people',
  'change_people',
  'ru_places',
  'ua_places',
  'dmz_places',
] as const;

const CRLF = '\r\n';

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180 §2.6–2.7). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * A row of the closing block: `#`, a key, and the text as a single field kept on one line (a line
 * break inside a quoted field would end the comment early for readers that skip `#` lines).
 */
const about = (key: string, text: string) =>
  ['#', key, csvField(text.replace(/\s*[\r\n]+\s*/g, ' '))].join(',');

/** The `no_data` row for rows whose figures are left empty, and why; none when there are none. */
const noData = (ids: string[], why: string) =>
  ids.length ? [about('no_data', `${ids.join(', ')}: empty figures ${why}`)] : [];

const km2 = (x: number) => String(Math.round(x) || 0);
const pct = (x: number, of: number) => (of > 0 ? ((100 * x) / of).toFixed(1) : '');

/**
 * The area table of a scenario as CSV text: the byte-order mark, a header, one row per table row in
 * the table's order (Ukraine's regions with Sevastopol under Crimea, the Ukraine total, Kursk), an
 * empty line and the `#` block. Numbers are plain: whole km², percentages of Russian-held land with
 * one decimal; people are GeoNames' pre-war populations, when `people` is given.
 */
export function areaCsv(
  result: ScenarioResult,
  units: readonly UnitProps[],
  meta: ExportAbout,
  lang: Lang,
  people: PeopleResult | null = null,
): string {
  const { ukraine, total, russia } = tableRows(result, units, lang, messages(lang));
  const ukraineArea = result.regions.ukraine.area;
  const variant = meta.variant ? `, variant ${meta.variant}` : '';
  const lines: string[] = [COLUMNS.join(',')];
  let parent = '';
  const line = (row: Row) => {
    // A sub-row (Sevastopol) is part of the row above it; the other Ukrainian rows sum to the total.
    if (!row.sub) parent = row.id;
    const partOf = row.sub ? parent : row.inUkraine && row.id !== 'ukraine' ? 'ukraine' : '';
    const f = row.figures;
    // A figure the data cannot give on this date is left empty, never written as a guess.
    const fig = (key: 'ru' | 'ua' | 'dmz' | 'contested' | 'change') => (known(f, key) ? km2(f[key]) : '');
    return [
      row.id,
      partOf,
      csvField(row.label),
      fig('ru'),
      fig('ua'),
      fig('dmz'),
      fig('contested'),
      fig('change'),
      km2(f.area),
      row.official === null ? '' : km2(row.official),
      known(f, 'ru') ? pct(f.ru, f.area) : '',
      row.inUkraine ? pct(f.ru, ukraineArea) : '',
      ...peopleFields(row),
    ].join(',');
  };
  const peopleFields = (row: Row): string[] => {
    if (!people || row.id === 'sevastopol') return Array<string>(8).fill('');
    const p = rowFigures(people, row.id);
    return [
      p.ru.pop,
      p.ua.pop,
      p.dmz.pop,
      p.contested.pop,
      p.change,
      p.ru.places,
      p.ua.places,
      p.dmz.places,
    ].map(String);
  };
  const rows = [...ukraine, total, ...russia];
  for (const row of rows) lines.push(line(row));
  const unknownOf = (zone: boolean) =>
    rows.filter((r) => r.figures.unknown && (r.figures.unknown === 'zone') === zone).map((r) => r.id);
  const [unknown, zonePending] = [unknownOf(false), unknownOf(true)];
  lines.push(
    '',
    about('title', meta.title),
    about('scenario', `${meta.scenarioTitle} (${meta.scenario}${variant})`),
    about('line_of_control', `${meta.date}; change_km2 is measured against it, + towards Russia`),
    about(
      'units',
      'km² on the WGS84 ellipsoid, rounded to whole km²; percentages are of Russian-held land, one decimal',
    ),
    about(
      'people',
      people
        ? "*_people: pre-war population (GeoNames estimates, not today's residents) of settlements of 1,000 or more, each counted once by the point it stands on; *_places: number of settlements; change_people is net, + towards Russia"
        : 'people columns empty: the settlements had not loaded when the file was made',
    ),
    ...noData(
      unknown,
      "are not in the data for this date (the source's series on Ukraine-held land in Russia has ended)",
    ),
    ...noData(zonePending, 'wait for the buffer zone, which had not been computed when the file was made'),
    ...SOURCES.map((s) => about('source', `${s.name}: ${s.use}; ${s.licence}; ${s.url}`)),
    about('attribution', ATTRIBUTION),
    about('licence', LICENCE),
    ...(meta.link ? [about('link', meta.link)] : []),
  );
  return BOM + lines.join(CRLF) + CRLF;
}
