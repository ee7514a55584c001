/** How old the data is: whole days from its newest day to today (UTC), and whether that calls for a notice. */

/** Newer data than this many days old reads as current; older is shown as a notice, not small print. */
export const STALE_AFTER_DAYS = 3;

const DAY_MS = 86_400_000;

export interface DataAge {
  days: number;
  stale: boolean;
}

/** The age of data whose newest day is `latest` (YYYY-MM-DD), on `now`. */
export function dataAge(latest: string, now: Date): DataAge {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((today - Date.parse(`${latest}T00:00:00Z`)) / DAY_MS);
  return { days, stale: days > STALE_AFTER_DAYS };
}
