/**
 * The area table as CSV (RFC 4180: CRLF lines, fields quoted when they must be), for readers who
 * want the figures in a spreadsheet. Rows come from the table's own row builder, so the file and
 * the table cannot disagree. `# ` comment lines on top say what the figures are and whose they are.
 */
import type { UnitProps } from '../data/types.ts';
import type { ScenarioResult } from '../scenarios/evaluate.ts';
import type { Lang } from '../state/url.ts';
import { messages } from '../i18n/index.ts';
import { tableRows, type Row } from '../ui/table-rows.ts';
import { ATTRIBUTION, LICENCE, SOURCES, type ExportAbout } from './about.ts';

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
] as const;

const CRLF = '\r\n';

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180 §2.6–2.7). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A comment line kept on one line and free of quotes, so that a reader that does not know
 * comments sees stray text rather than a broken quoted field.
 */
const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ').replaceAll('"', "'")}`;

const km2 = (x: number) => String(Math.round(x) || 0);
const pct = (x: number, of: number) => (of > 0 ? ((100 * x) / of).toFixed(1) : '');

/**
 * The area table of a scenario as CSV text: comment lines, a header, then one row per table row in
 * the table's order (Ukraine's regions with Sevastopol under Crimea, the Ukraine total, Kursk).
 * Numbers are plain: whole km², percentages of Russian-held land with one decimal.
 */
export function areaCsv(
  result: ScenarioResult,
  units: readonly UnitProps[],
  about: ExportAbout,
  lang: Lang,
): string {
  const { ukraine, total, russia } = tableRows(result, units, lang, messages(lang));
  const ukraineArea = result.regions.ukraine.area;
  const variant = about.variant ? `, variant ${about.variant}` : '';
  const lines = [
    comment(about.title),
    comment(`Scenario: ${about.scenarioTitle} (${about.scenario}${variant})`),
    comment(`Line of control: ${about.date}; change is measured against it, + towards Russia`),
    comment(
      'Areas: km² on the WGS84 ellipsoid, rounded to whole km²; percentages are of Russian-held land, one decimal',
    ),
    comment(`Sources: ${SOURCES.map((s) => `${s.name}, ${s.use}, ${s.licence}, ${s.url}`).join('; ')}`),
    comment(`Attribution: ${ATTRIBUTION}`),
    comment(`Licence: ${LICENCE}`),
    ...(about.link ? [comment(`Link: ${about.link}`)] : []),
    COLUMNS.join(','),
  ];
  let parent = '';
  const line = (row: Row) => {
    // A sub-row (Sevastopol) is part of the row above it; the other Ukrainian rows sum to the total.
    if (!row.sub) parent = row.id;
    const partOf = row.sub ? parent : row.inUkraine && row.id !== 'ukraine' ? 'ukraine' : '';
    const f = row.figures;
    return [
      row.id,
      partOf,
      csvField(row.label),
      km2(f.ru),
      km2(f.ua),
      km2(f.dmz),
      km2(f.contested),
      km2(f.change),
      km2(f.area),
      row.official === null ? '' : km2(row.official),
      pct(f.ru, f.area),
      row.inUkraine ? pct(f.ru, ukraineArea) : '',
    ].join(',');
  };
  for (const row of [...ukraine, total, ...russia]) lines.push(line(row));
  return lines.join(CRLF) + CRLF;
}
