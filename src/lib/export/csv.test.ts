import { beforeAll, describe, expect, it } from 'vitest';
import { areaCsv, BOM } from './csv.ts';
import { ATTRIBUTION, type ExportAbout } from './about.ts';
import { evaluateScenario } from '../scenarios/evaluate.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { AREAS, UNITS } from '../scenarios/fixtures.test-data.ts';
import type { HeldSpans, SettlementProps, UnitProps } from '../data/types.ts';
import type { Feature, Point } from 'geojson';
import { peopleFigures, placeSettlements } from '../scenarios/people.ts';
import { withZone } from '../scenarios/zone-figures.ts';
import { loadMessages } from '../i18n/index.ts';

// The app loads the reader's catalogue before anything can be exported; so do the tests.
beforeAll(() => Promise.all([loadMessages('en'), loadMessages('uk')]));

const units = (patch: Record<string, Partial<UnitProps>> = {}): UnitProps[] =>
  UNITS.map((u) => ({ ...u, ...patch[u.id] }));
const OFFICIAL = { ar_crimea: { official_km2: 95 }, sevastopol: { official_km2: 11, name_en: 'Sevastopol' } };

const about = (extra: Partial<ExportAbout> = {}): ExportAbout => ({
  title: 'Territorial control in the Russia–Ukraine war',
  scenario: 'controlled',
  scenarioTitle: 'Line of control',
  variant: null,
  date: '2024-08-20',
  ...extra,
});

/** RFC 4180 records, as a spreadsheet or a CSV library reads them: quoted fields may hold commas. */
function records(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field === '' && row.length === 0, 'the file ends with a line break').toBe(true);
  return out;
}

/**
 * Splits the file into its table (header first) and its closing `#` block, checking the byte-order
 * mark, the line endings and the empty line between them on the way.
 */
function parts(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  const text = csv.slice(BOM.length);
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
  const gap = lines.indexOf('');
  expect(gap).toBeGreaterThan(1);
  const block = lines.slice(gap + 1);
  // Every line of the block starts with `#`, so readers that know comments skip it whole.
  expect(block.every((l) => l.startsWith('#,'))).toBe(true);
  const about = records(block.join('\r\n') + '\r\n');
  // …and is exactly `#`, key, text: one cell for the text in a spreadsheet, whatever it holds.
  for (const r of about) expect(r).toHaveLength(3);
  return {
    table: lines.slice(0, gap),
    about: about.map(([, key, value]) => [key, value] as const),
    comments: about.map(([, key, value]) => `${key}: ${value}`),
  };
}

describe('areaCsv', () => {
  it('writes the hand-made world’s line of control, row by row in table order', () => {
    const result = evaluateScenario(AREAS, units(OFFICIAL), 0, terms('controlled'));
    const { table } = parts(areaCsv(result, units(OFFICIAL), about(), 'en'));
    expect(table).toEqual([
      'region,part_of,name,ru_km2,ua_km2,dmz_km2,contested_km2,change_km2,area_km2,official_km2,ru_pct_of_region,ru_pct_of_ukraine,ru_people,ua_people,dmz_people,contested_people,change_people,ru_places,ua_places,dmz_places',
      'donetsk,ukraine,donetsk,40,60,0,0,0,100,,40.0,8.9,,,,,,,,',
      'luhansk,ukraine,luhansk,45,5,0,0,0,50,,90.0,10.0,,,,,,,,',
      // No unit of the hand-made world lies here: zero area, so no share of the region. No people
      // figures were given: their columns stay empty.
      'zaporizhzhia,ukraine,zaporizhzhia,0,0,0,0,0,0,,,0.0,,,,,,,,',
      'kherson,ukraine,kherson,0,0,0,0,0,0,,,0.0,,,,,,,,',
      'crimea,ukraine,Crimea (AR Crimea and Sevastopol),100,0,0,0,0,100,106,100.0,22.2,,,,,,,,',
      'sevastopol,crimea,Sevastopol,10,0,0,0,0,10,11,100.0,2.2,,,,,,,,',
      'other,ukraine,Other oblasts of Ukraine,0,200,0,0,0,200,,0.0,0.0,,,,,,,,',
      'ukraine,,"Ukraine, total",185,265,0,0,0,450,,41.1,41.1,,,,,,,,',
      'kursk,,kursk,275,20,0,5,0,300,,91.7,,,,,,,,,',
    ]);
  });

  it('says what it is, against which line, from whose data, and links back', () => {
    const result = evaluateScenario(AREAS, UNITS, 1, terms('kursk-exchange-2025-02', 'kharkiv'));
    const link = 'https://maps.example.org/?scenario=kursk-exchange-2025-02&variant=kharkiv&date=2025-02-11';
    const { comments, about: block } = parts(
      areaCsv(
        result,
        UNITS,
        about({
          scenario: 'kursk-exchange-2025-02',
          scenarioTitle: 'Kursk exchange, February 2025',
          variant: 'kharkiv',
          date: '2025-02-11',
          link,
        }),
        'en',
      ),
    );
    expect(comments[0]).toBe('title: Territorial control in the Russia–Ukraine war');
    expect(comments[1]).toBe(
      'scenario: Kursk exchange, February 2025 (kursk-exchange-2025-02, variant kharkiv)',
    );
    expect(comments[2]).toMatch(/^line_of_control: 2025-02-11;/);
    const text = comments.join('\n');
    for (const credit of ['DeepStateMap.live', 'COD-AB', 'CC BY-IGO', 'Natural Earth', 'licence: ']) {
      expect(text).toContain(credit);
    }
    expect(block.filter(([key]) => key === 'source')).toHaveLength(4);
    expect(text).toContain('GeoNames');
    // The texts are kept exactly, commas and quotes included.
    expect(comments).toContain(`attribution: ${ATTRIBUTION}`);
    expect(comments.at(-1)).toBe(`link: ${link}`);
  });

  it('fills the demilitarised and change columns under a proposal', () => {
    // The US plan is measured against the latest line: Donetsk 60 held, the other 40 demilitarised;
    // Kharkiv's 5 km² pocket returns to Ukraine.
    const result = evaluateScenario(AREAS, UNITS, 0, terms('us-plan-2025-11'));
    const { table } = parts(areaCsv(result, UNITS, about({ date: '2025-09-01' }), 'en'));
    const row = (id: string) => table.find((l) => l.startsWith(`${id},`))!.split(',');
    expect(row('donetsk').slice(3, 9)).toEqual(['60', '0', '40', '0', '0', '100']);
    expect(row('other').slice(3, 9)).toEqual(['0', '200', '0', '0', '-5', '200']);
  });

  it('adds the pre-war population and number of settlements per row when they are in', () => {
    const at = (id: number, unit: string, pop: number, held: HeldSpans = {}) =>
      ({
        type: 'Feature',
        properties: { id, name_en: `p${id}`, pop, rank: 3, unit, country: 'UA', held },
        geometry: { type: 'Point', coordinates: [0, 0] },
      }) as Feature<Point, SettlementProps>;
    const t = terms('us-plan-2025-11');
    const people = peopleFigures(
      placeSettlements([at(1, 'donetsk', 1000, { ru: [0, 3] }), at(2, 'donetsk', 5000)], UNITS, t, 1),
      UNITS,
    );
    const csv = areaCsv(evaluateScenario(AREAS, UNITS, 1, t), UNITS, about(), 'en', people);
    const { table, about: block } = parts(csv);
    const row = (id: string) =>
      table
        .find((l) => l.startsWith(`${id},`))!
        .split(',')
        .slice(-8);
    // ru, ua, dmz, contested, change (net), then places ru, ua, dmz.
    expect(row('donetsk')).toEqual(['1000', '0', '5000', '0', '0', '1', '0', '1']);
    expect(row('ukraine')).toEqual(['1000', '0', '5000', '0', '0', '1', '0', '1']);
    expect(row('luhansk')).toEqual(['0', '0', '0', '0', '0', '0', '0', '0']);
    expect(block.find(([key]) => key === 'people')?.[1]).toMatch(/pre-war population \(GeoNames/);
  });

  it('quotes fields by RFC 4180, writes plain numbers, and names rows in the reader’s language', () => {
    const patched = units({
      donetsk: { name_en: 'Donetsk, "Donbas"' },
      kharkiv: { km2: 28_461.4 },
    });
    const result = evaluateScenario(AREAS, patched, 0, terms('controlled'));
    const { table } = parts(areaCsv(result, patched, about(), 'en'));
    expect(table[1]).toBe('donetsk,ukraine,"Donetsk, ""Donbas""",40,60,0,0,0,100,,40.0,0.1,,,,,,,,');
    expect(table.find((l) => l.startsWith('other,'))).toContain(',28461,0,0,0,28461,');
    const uk = parts(areaCsv(result, patched, about(), 'uk')).table;
    expect(uk[0]).toBe(table[0]);
    expect(uk.find((l) => l.startsWith('ukraine,'))).toMatch(/^ukraine,,"Україна, разом",185,/);
  });

  it('leaves Kursk’s figures empty once the data on Ukraine-held land in Russia ends', () => {
    // The fixture's last day has no Ukraine-held series: who holds Kursk is not known.
    const result = evaluateScenario(AREAS, UNITS, 2, terms('controlled'));
    const { table, about: block } = parts(areaCsv(result, UNITS, about({ date: '2025-09-01' }), 'en'));
    expect(table.find((l) => l.startsWith('kursk,'))).toBe('kursk,,kursk,,,,,0,300,,,,,,,,,,,');
    expect(block.find(([key]) => key === 'no_data')?.[1]).toMatch(/^kursk: empty figures/);
    // Under a scenario that gives Kursk to Russia, only the change against the unknown line is empty.
    const claimed = evaluateScenario(AREAS, UNITS, 2, terms('claimed'));
    const rows = parts(areaCsv(claimed, UNITS, about({ date: '2025-09-01' }), 'en')).table;
    expect(rows.find((l) => l.startsWith('kursk,'))).toBe('kursk,,kursk,300,0,0,0,,300,,100.0,,,,,,,,,');
    // Before, nothing is empty and nothing is said.
    const before = parts(
      areaCsv(evaluateScenario(AREAS, UNITS, 0, terms('controlled')), UNITS, about(), 'en'),
    );
    expect(before.about.some(([key]) => key === 'no_data')).toBe(false);
  });

  it('says that figures wait for the buffer zone, not for the Kursk series, while the zone computes', () => {
    const result = evaluateScenario(AREAS, UNITS, 0, terms('buffer-zone'));
    const pending = withZone(result, UNITS, ['donetsk'], 'unknown');
    const { about: block } = parts(areaCsv(pending, UNITS, about(), 'en'));
    const notes = block.filter(([key]) => key === 'no_data').map(([, text]) => text);
    expect(notes).toEqual([
      expect.stringMatching(/^donetsk, ukraine: empty figures wait for the buffer zone/),
    ]);
  });

  it('keeps each line of the closing block on one line, its text in one field', () => {
    const result = evaluateScenario(AREAS, UNITS, 0, terms('controlled'));
    const link = 'https://maps.example.org/?scenario=controlled&custom=kursk:ru,other:ua&view=35.1,48.2,6';
    const { comments, table } = parts(
      areaCsv(result, UNITS, about({ scenarioTitle: 'Two\r\nlines, "quoted"', link }), 'en'),
    );
    expect(comments[1]).toBe('scenario: Two lines, "quoted" (controlled)');
    expect(comments.at(-1)).toBe(`link: ${link}`);
    expect(table).toHaveLength(10);
  });

  it('puts the header row first, after the byte-order mark Excel needs to read UTF-8', () => {
    const result = evaluateScenario(AREAS, UNITS, 0, terms('controlled'));
    const csv = areaCsv(result, UNITS, about(), 'uk');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^region,part_of,name,ru_km2,/);
    // Non-ASCII survives the round trip: the dash, the superscript and the Cyrillic row names.
    expect(text).toContain('Russia–Ukraine');
    expect(text).toContain('km²');
    expect(text).toContain('"Україна, разом"');
    // The data rows are one block under the header: no empty line until the closing block.
    const { table } = parts(csv);
    expect(table[0].startsWith('region,')).toBe(true);
    expect(table.at(-1)!.startsWith('kursk,')).toBe(true);
  });
});
