/** The title a scenario is shown under, in the table caption, the map heading and the exports. */
import type { Scenario } from './schema.ts';
import { variantOf } from './terms.ts';
import { inLang, type Lang } from '../i18n/languages.ts';
import type { Messages } from '../i18n/index.ts';

/**
 * The scenario's title, with the chosen reading when its terms are open (several variants): two
 * readings of one proposal give different figures, so the figures must say which one they are.
 * Marked as the reader's own when they changed a region.
 */
export function shownTitle(
  scenario: Scenario,
  variantId: string | null,
  customised: boolean,
  lang: Lang,
  t: Pick<Messages, 'customBased'>,
): string {
  const title = inLang(scenario.title, lang);
  const variant = (scenario.variants?.length ?? 0) > 1 ? variantOf(scenario, variantId) : null;
  const full = variant ? `${title} — ${inLang(variant.title, lang)}` : title;
  return customised ? t.customBased(full) : full;
}
