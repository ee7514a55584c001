/**
 * The page's language and its messages, handed to every component through one typed context
 * (STYLE.md 1) instead of a `t` and a `lang` prop on each. The page sets it once with getters over
 * its state, so a component reading `i18n.t` or `i18n.lang` follows a switch of language.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from './languages.ts';
import type { Messages } from './en.ts';

/** The language shown and its message catalogue. */
export interface I18n {
  readonly lang: Lang;
  readonly t: Messages;
}

const KEY = Symbol('i18n');

/** Makes `i18n` the language of the calling component and everything inside it. */
export function setI18n(i18n: I18n): I18n {
  return setContext(KEY, i18n);
}

/** The language set by a component above (during component initialisation, as any context). */
export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  if (!i18n) throw new Error('getI18n: no component above called setI18n');
  return i18n;
}
