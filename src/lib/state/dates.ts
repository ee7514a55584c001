/** Dates as the app handles them: ISO `YYYY-MM-DD` strings, which sort and compare as text. */

/** Whether `s` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Where a requested date lands in the data. */
export interface Snap {
  index: number;
  /** True when the requested date is not in the data and the nearest one was taken. */
  snapped: boolean;
}

/**
 * Finds a date in an ascending list, or the nearest one when it is missing (ties go to the earlier
 * date, which has data the reader can trust to be at least as old as asked).
 */
export function snapDate(dates: readonly string[], date: string): Snap {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] === date) return { index: mid, snapped: false };
    if (dates[mid] < date) lo = mid + 1;
    else hi = mid - 1;
  }
  // Now dates[hi] < date < dates[lo]; pick the closer in days.
  if (hi < 0) return { index: 0, snapped: true };
  if (lo >= dates.length) return { index: dates.length - 1, snapped: true };
  const t = Date.parse(date);
  const before = t - Date.parse(dates[hi]);
  const after = Date.parse(dates[lo]) - t;
  return { index: after < before ? lo : hi, snapped: true };
}
