import { beforeAll, describe, expect, it } from 'vitest';
import { areaCsv } from './csv.ts';
import { ATTRIBUTION, type ExportAbout } from './about.ts';
import { evaluateScenario } from '../scenarios/evaluate.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { AREAS, UNITS } from '../scenarios/fixtures.test-data.ts';
import type { UnitProps } from '../data/types.ts';
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

/** Splits the file into its comment lines and its table, checking the line endings on the way. */
function parts(csv: string) {
  expect(csv.endsWith('\r\n')).toBe(true);
  const lines = csv.slice(0, -2).split('\r\n');
  expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
  return {
    comments: lines.filter((l) => l.startsWith('# ')),
    table: lines.filter((l) => !l.startsWith('# ')),
  };
}

describe('areaCsv', () => {
  it('writes the hand-made world’s line of control, row by row in table order', () => {
    const result = evaluateScenario(AREAS, units(OFFICIAL), 0, terms('controlled'));
    const { table } = parts(areaCsv(result, units(OFFICIAL), about(), 'en'));
    expect(table).toEqual([
      'region,part_of,name,ru_km2,ua_km2,dmz_km2,contested_km2,change_km2,area_km2,official_km2,ru_pct_of_region,ru_pct_of_ukraine',
      'donetsk,ukraine,donetsk,40,60,0,0,0,100,,40.0,8.9',
      'luhansk,ukraine,luhansk,45,5,0,0,0,50,,90.0,10.0',
      // No unit of the hand-made world lies here: zero area, so no share of the region.
      'zaporizhzhia,ukraine,zaporizhzhia,0,0,0,0,0,0,,,0.0',
      'kherson,ukraine,kherson,0,0,0,0,0,0,,,0.0',
      'crimea,ukraine,Crimea (AR Crimea and Sevastopol),100,0,0,0,0,100,106,100.0,22.2',
      'sevastopol,crimea,Sevastopol,10,0,0,0,0,10,11,100.0,2.2',
      'other,ukraine,Other oblasts of Ukraine,0,200,0,0,0,200,,0.0,0.0',
      'ukraine,,"Ukraine, total",185,265,0,0,0,450,,41.1,41.1',
      'kursk,,kursk,275,20,0,5,0,300,,91.7,',
    ]);
  });

  it('says what it is, against which line, from whose data, and links back', () => {
    const result = evaluateScenario(AREAS, UNITS, 1, terms('kursk-exchange-2025-02', 'kharkiv'));
    const link = 'https://maps.example.org/?scenario=kursk-exchange-2025-02&variant=kharkiv&date=2025-02-11';
    const { comments } = parts(
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
    expect(comments[0]).toBe('# Territorial control in the Russia–Ukraine war');
    expect(comments[1]).toBe(
      '# Scenario: Kursk exchange, February 2025 (kursk-exchange-2025-02, variant kharkiv)',
    );
    expect(comments[2]).toMatch(/^# Line of control: 2025-02-11;/);
    const text = comments.join('\n');
    for (const credit of ['DeepStateMap.live', 'COD-AB', 'CC BY-IGO', 'Natural Earth', '# Licence: ']) {
      expect(text).toContain(credit);
    }
    expect(comments).toContain(`# Attribution: ${ATTRIBUTION}`);
    expect(comments.at(-1)).toBe(`# Link: ${link}`);
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

  it('quotes fields by RFC 4180, writes plain numbers, and names rows in the reader’s language', () => {
    const patched = units({
      donetsk: { name_en: 'Donetsk, "Donbas"' },
      kharkiv: { km2: 28_461.4 },
    });
    const result = evaluateScenario(AREAS, patched, 0, terms('controlled'));
    const { table } = parts(areaCsv(result, patched, about(), 'en'));
    expect(table[1]).toBe('donetsk,ukraine,"Donetsk, ""Donbas""",40,60,0,0,0,100,,40.0,0.1');
    expect(table.find((l) => l.startsWith('other,'))).toContain(',28461,0,0,0,28461,');
    const uk = parts(areaCsv(result, patched, about(), 'uk')).table;
    expect(uk[0]).toBe(table[0]);
    expect(uk.find((l) => l.startsWith('ukraine,'))).toMatch(/^ukraine,,"Україна, разом",185,/);
  });

  it('keeps comment lines on one line and free of quotes', () => {
    const result = evaluateScenario(AREAS, UNITS, 0, terms('controlled'));
    const { comments, table } = parts(
      areaCsv(result, UNITS, about({ scenarioTitle: 'Two\r\nlines, "quoted"' }), 'en'),
    );
    expect(comments[1]).toBe("# Scenario: Two lines, 'quoted' (controlled)");
    expect(table).toHaveLength(10);
  });
});
