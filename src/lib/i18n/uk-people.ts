/** Ukrainian messages of the people table, the town names and the asset terms (spread into uk.ts). */
import type { enPeople } from './en-people.ts';
import type { Messages } from './en.ts';

const PLACE_WORDS: Record<Intl.LDMLPluralRule, string> = {
  zero: 'населених пунктів',
  one: 'населений пункт',
  two: 'населені пункти',
  few: 'населені пункти',
  many: 'населених пунктів',
  other: 'населеного пункту',
};

export const ukPeople: Pick<Messages, keyof typeof enPeople> = {
  people: 'Люди й населені пункти',
  peopleIntro:
    'Населені пункти з населенням від 1000 осіб (GeoNames) за тим, хто контролював би їх за цим сценарієм; кожен враховано один раз, за точкою, де він розташований.',
  peopleCaveat: 'Довоєнне населення (оцінки GeoNames), а не нинішні мешканці.',
  peopleLoading: 'Завантаження населених пунктів…',
  peopleFailed: (detail) => `Не вдалося завантажити населені пункти (${detail}).`,
  peopleCaption: (title, date) => `Довоєнне населення: ${title}, порівняно з лінією контролю на ${date}`,
  colPeopleChange: 'Переходить (сальдо)',
  places: (n) => `${n} ${PLACE_WORDS[new Intl.PluralRules('uk').select(n)]}`,
  townPop: (name, pop) => `${name} (до війни ${pop})`,
  townsMore: (n) => `і ще ${n}`,
  townsToRu: (list) => `Перейшли б під контроль Росії: ${list}.`,
  townsToUa: (list) => `Повернулися б під контроль України: ${list}.`,
  townsDmz: (list) => `У демілітаризованій зоні: ${list}.`,
  kyivFigure: (people, date) =>
    `Опублікована Києвом оцінка для частини Донецької області під контролем України: там живуть близько ${people} людей (президент Зеленський, ${date}). Вона стосується нинішніх мешканців; цифри вище — довоєнне населення населених пунктів.`,
  assets: 'Названі в умовах об’єкти',
  assetsIntro: 'Що пропозиція каже про ці об’єкти окремо від землі, на якій вони стоять.',
  assetNames: {
    znpp: 'Запорізька атомна електростанція',
    'kakhovka-dam': 'Каховська гребля',
    'kinburn-spit': 'Кінбурнська коса',
  },
  assetControl: {
    ua: 'Україна',
    ru: 'Росія',
    dmz: 'демілітаризовано',
    open: 'не визначено',
  },
  assetOperator: {
    us: 'експлуатують США',
    ua: 'експлуатує Україна',
    ru: 'експлуатує Росія',
    'us-ua': 'експлуатує спільне підприємство США та України',
    'us-ua-ru': 'експлуатують спільно США, Україна та Росія',
  },
  assetLegend: (asset, control) => `${asset}: ${control} за умовами`,
};
