/** The document follows the page's language: `<html lang>` and the window's title. Call during component setup. */
import type { I18n } from '../i18n/context.ts';

export function documentFollows(i18n: I18n): void {
  $effect(() => {
    document.documentElement.lang = i18n.lang;
    document.title = i18n.t.title;
  });
}
