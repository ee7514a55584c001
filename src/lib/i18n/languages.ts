/**
 * The languages the app speaks. Adding one is its messages file beside this one (a translation of
 * en.ts) and its line here; texts that come with the data (scenarios, tours, layer notes, place names)
 * show in English until the data carries them too (see the README, Languages).
 */
import type { Messages } from './en.ts';

interface Language {
  /** For `Intl` number and date formats. */
  locale: string;
  /** The language button's text and accessible name, written in this language. */
  button: string;
  buttonLabel: string;
  /** The catalogue, as its own chunk: a page carries only its reader's language. */
  load: () => Promise<Messages>;
}

export const LANGUAGES = {
  en: {
    locale: 'en-GB',
    button: 'English',
    buttonLabel: 'Read in English',
    load: () => import('./en.ts').then((m) => m.en),
  },
  uk: {
    locale: 'uk-UA',
    button: 'Українською',
    buttonLabel: 'Читати українською',
    load: () => import('./uk.ts').then((m) => m.uk),
  },
} satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];

/** The language the language button offers next: the other one, or the next in turn when there are more. */
export const nextLang = (lang: Lang): Lang => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];

/** Text that comes with the data: English always, other languages where translated. */
export type Localised = { en: string } & Partial<Record<Lang, string>>;

/** A data text in `lang`, or in English where it has no translation yet. */
export const inLang = (text: Localised, lang: Lang): string => text[lang] ?? text.en;
