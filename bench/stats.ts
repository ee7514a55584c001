/** Summaries of repeated measurements. */

export interface Stats {
  median: number;
  min: number;
  max: number;
  /** How many samples. */
  n: number;
}

/** Median (the upper middle of an even count), min and max. */
export function stats(xs: number[]): Stats {
  if (xs.length === 0) throw new Error('no samples');
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], n: s.length };
}
