/**
 * Messages and number/date formatting for the languages the app speaks (languages.ts). Components take the
 * catalogue from `messages(lang)` so that nothing visible is written inline.
 */
import { LANGUAGES, type Lang } from './languages.ts';
import type { Messages } from './en.ts';

export type { Messages };

const loaded: Partial<Record<Lang, Messages>> = {};
/** Fetches a language's catalogue once; await it before showing anything in that language. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return (loaded[lang] ??= await LANGUAGES[lang].load());
}

/** The message catalogue of a language, which `loadMessages` must have fetched. */
export function messages(lang: Lang): Messages {
  const m = loaded[lang];
  if (!m) throw new Error(`the ${lang} messages are not loaded yet: await loadMessages('${lang}') first`);
  return m;
}

const intFormats = new Map<string, Intl.NumberFormat>();
function cached(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}:${key}`;
  let f = intFormats.get(k);
  if (!f) intFormats.set(k, (f = new Intl.NumberFormat(LANGUAGES[lang].locale, options)));
  return f;
}

/** km², rounded to whole km² with grouping: "26,506" / "26 506". */
export function formatKm2(km2: number, lang: Lang): string {
  return cached(lang, 'int', { maximumFractionDigits: 0 }).format(Math.round(km2) || 0);
}

/** A signed km² change: "+1,234", "−56", "0". */
export function formatChange(km2: number, lang: Lang): string {
  const r = Math.round(km2);
  return r === 0
    ? '0'
    : cached(lang, 'signed', { maximumFractionDigits: 0, signDisplay: 'always' }).format(r);
}

/** A percentage with one decimal: "18.7 %" in both languages' conventions. */
export function formatPct(fraction: number, lang: Lang): string {
  return cached(lang, 'pct', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    fraction,
  );
}

// One formatter per language: toLocaleDateString builds a new one per call, about 2 ms of every
// date step.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A day written out, e.g. "22 August 2026" / "22 серпня 2026 р.". Dates are UTC calendar days. */
export function formatDate(iso: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGES[lang].locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
