/**
 * What the live region says after a change of scenario or date: the scenario, km² of Ukraine under
 * Russian control and its share, and the difference from the line of control it starts from.
 */
import type { ScenarioResult } from '../scenarios/evaluate.ts';
import type { Lang } from '../state/url.ts';
import { formatDate, formatKm2, formatShare, type Messages } from '../i18n/index.ts';

/**
 * One sentence for screen readers, e.g. "US 28-point plan: 112,438 km² under Russian control, 18.7%
 * of Ukraine; 1,971 km² less than the line of 22 August 2026".
 * @param title the scenario's title as shown (the customised title when the reader changed it)
 * @param date the day of the line of control the scenario is measured against
 */
export function announcement(
  title: string,
  result: ScenarioResult,
  date: string,
  lang: Lang,
  t: Messages,
): string {
  const u = result.regions.ukraine;
  const head = t.announceScenario(title, formatKm2(u.ru, lang), formatShare(u.ru, u.area, lang));
  const change = Math.round(u.change);
  const day = formatDate(date, lang);
  const tail =
    change > 0
      ? t.announceMore(formatKm2(change, lang), day)
      : change < 0
        ? t.announceLess(formatKm2(-change, lang), day)
        : t.announceSame(day);
  // Kursk is not part of Ukraine, so it is outside the totals; an exchange would look like no change.
  const kursk = Math.round(result.regions.kursk.toRu);
  return `${head}; ${tail}${kursk > 0 ? `; ${t.announceKursk(formatKm2(kursk, lang))}` : ''}`;
}
