import { describe, expect, it } from 'vitest';
import type { Figures, ScenarioResult } from '../scenarios/evaluate.ts';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';
import { announcement } from './announce.ts';

const AREA = 603_550;

function result(ru: number, lineRu: number): ScenarioResult {
  const ukraine: Figures = {
    area: AREA,
    ru,
    ua: AREA - ru,
    dmz: 0,
    contested: 0,
    change: ru - lineRu,
    toRu: Math.max(0, ru - lineRu),
    toUa: Math.max(0, lineRu - ru),
    lineRu,
  };
  return {
    referenceIndex: 0,
    regions: { ukraine, kursk: { ...ukraine, change: 0, toRu: 0, toUa: 0 } } as ScenarioResult['regions'],
    units: {},
    uaInRussiaKnown: true,
  };
}

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('announcement', () => {
  it('says the scenario, area, share and the difference from the line, in English', () => {
    expect(announcement('US 28-point plan', result(112_438, 114_409), '2026-08-22', 'en', en)).toBe(
      'US 28-point plan: 112,438 km² under Russian control, 18.6% of Ukraine; 1,971 km² less than the line of 22 August 2026',
    );
    expect(announcement('Claimed', result(120_000.4, 114_409), '2026-08-22', 'en', en)).toMatch(
      /; 5,591 km² more than the line of 22 August 2026$/,
    );
    expect(announcement('Line of control', result(114_409, 114_409), '2026-08-22', 'en', en)).toMatch(
      /; the same as the line of 22 August 2026$/,
    );
  });

  it('speaks Ukrainian with Ukrainian number formats', () => {
    const text = nbsp(announcement('План США', result(112_438, 114_409), '2026-08-22', 'uk', uk));
    expect(text).toMatch(/^План США: 112 438 км² під контролем Росії, 18,6 ?% території України; /);
    expect(text).toMatch(/на 1 971 км² менше, ніж за лінією контролю на 22 серпня 2026/);
  });

  it('rounds tiny differences to "the same"', () => {
    expect(announcement('X', result(100.3, 100), '2026-08-22', 'en', en)).toMatch(/the same as/);
  });

  it('says what returns in Kursk, which the Ukraine figures leave out', () => {
    const r = result(114_409, 114_409);
    r.regions.kursk = { ...r.regions.ukraine, toRu: 600.4 };
    expect(announcement('Kursk exchange', r, '2025-02-11', 'en', en)).toMatch(
      /the same as the line of 11 February 2025; 600 km² in Russia’s Kursk oblast back under Russian control$/,
    );
  });
});
