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

/** A percentage with one decimal: "18.7%" / "18,7 %", in each language's conventions. */
export function formatPct(fraction: number, lang: Lang): string {
  return cached(lang, 'pct', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    fraction,
  );
}

/**
 * The share `part` km² is of `whole` km², consistent with the whole km² shown beside it: land that
 * shows as at least 1 km² never reads as none ("< 0.1%" where 101 km² of Ukraine would round to
 * 0.0 %), and a part that shows as less than the whole never reads as all ("> 99.9%").
 */
export function formatShare(part: number, whole: number, lang: Lang): string {
  if (!(whole > 0)) return formatPct(0, lang);
  const share = part / whole;
  const shown = Math.round(part);
  if (shown > 0 && share < 0.0005) return `<\u00a0${formatPct(0.001, lang)}`;
  if (shown < Math.round(whole) && share >= 0.9995) return `>\u00a0${formatPct(0.999, lang)}`;
  return formatPct(share, lang);
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
