/**
 * The fixed stops of the scenario slider. Proposals (a later issue) sit between `controlled` and
 * `claimed`; they are loaded from data files and validated by the same schema.
 */
import * as v from 'valibot';
import { ScenarioSchema, type RuleRegion, type Scenario } from './schema.ts';

const rules = (to: Record<RuleRegion, 'ru' | 'ua' | 'line'>) =>
  (Object.keys(to) as RuleRegion[]).map((region) => ({ region, to: to[region] }));

/** Internationally recognised borders: all of Ukraine Ukrainian, Kursk Russian. */
const BORDERS_1991: Scenario = {
  id: 'borders-1991',
  kind: 'fixed',
  title: { en: 'Borders of 1991', uk: 'Кордони 1991 року' },
  summary: {
    en: 'Ukraine within its internationally recognised borders.',
    uk: 'Україна в міжнародно визнаних кордонах.',
  },
  sources: [],
  reference: 'selected',
  rules: rules({
    donetsk: 'ua',
    luhansk: 'ua',
    zaporizhzhia: 'ua',
    kherson: 'ua',
    crimea: 'ua',
    other: 'ua',
    kursk: 'ru',
  }),
};

/** The line of control on the chosen date, as DeepStateMap draws it. */
const CONTROLLED: Scenario = {
  id: 'controlled',
  kind: 'fixed',
  title: { en: 'Line of control', uk: 'Лінія контролю' },
  summary: {
    en: 'Who controls the land on the chosen date, according to DeepStateMap.',
    uk: 'Хто контролює територію на обрану дату, за даними DeepStateMap.',
  },
  sources: [],
  reference: 'selected',
  rules: rules({
    donetsk: 'line',
    luhansk: 'line',
    zaporizhzhia: 'line',
    kherson: 'line',
    crimea: 'line',
    other: 'line',
    kursk: 'line',
  }),
};

/**
 * Russia's annexation claim (2014 for Crimea and Sevastopol, 2022 for the four oblasts): the whole
 * of each region, whatever is held. Not battlefield claims of advance. Elsewhere the line stands.
 */
const CLAIMED: Scenario = {
  id: 'claimed',
  kind: 'fixed',
  title: { en: 'Claimed by Russia as annexed', uk: 'Заявлено Росією як анексовані' },
  summary: {
    en: 'Russia’s annexation claim: all of Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts, the Autonomous Republic of Crimea and Sevastopol.',
    uk: 'Анексійна претензія Росії: уся Донецька, Луганська, Запорізька і Херсонська області, Автономна Республіка Крим і Севастополь.',
  },
  sources: [],
  reference: 'selected',
  rules: rules({
    donetsk: 'ru',
    luhansk: 'ru',
    zaporizhzhia: 'ru',
    kherson: 'ru',
    crimea: 'ru',
    other: 'line',
    kursk: 'ru',
  }),
};

/** Slider stops in order, validated once so that a typo fails loudly at start-up. */
export const BUILTIN_SCENARIOS: readonly Scenario[] = [BORDERS_1991, CONTROLLED, CLAIMED].map((s) =>
  v.parse(ScenarioSchema, s),
);

/** The scenario shown when the URL names none. */
export const DEFAULT_SCENARIO = 'controlled';
