/**
 * Spans of date indices, the history's unit of time: a sorted list [start, end, start, end, …) of
 * disjoint ranges, end exclusive. Shared by the pipeline, which makes them, and the page.
 */

/** Whether index `i` falls in `spans`. */
export function inSpans(spans: readonly number[] | undefined, i: number): boolean {
  if (!spans) return false;
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[2 * lo] <= i;
}

/**
 * The union of span lists; touching spans are joined. A single list is handed back as it is (this
 * runs for every face of the history as the page decodes it, where one list is the common case).
 */
export function unionSpans(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0] as number[];
  const flat: number[] = [];
  for (const s of lists) for (const v of s) flat.push(v);
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i).sort(
    (a, b) => flat[2 * a] - flat[2 * b],
  );
  const out: number[] = [];
  for (const i of order) {
    const s = flat[2 * i];
    const e = flat[2 * i + 1];
    if (out.length && out[out.length - 1] >= s) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}

/**
 * The indices in exactly one of `a` and `b`. Every boundary of either list flips that, so the result's
 * boundaries are all of them, less those the two lists share.
 */
export function xorSpans(a: readonly number[], b: readonly number[]): number[] {
  if (!b.length) return a as number[];
  if (!a.length) return b as number[];
  // Both lists are sorted: merged in one pass (this runs for every arc as the page decodes the history).
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i === a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      i++;
      j++;
    }
  }
  return out;
}

/** The indices of `a` that are not in `b`. */
export function subtractSpans(a: readonly number[], b: readonly number[]): number[] {
  if (!b.length) return [...a];
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < a.length; i += 2) {
    let start = a[i];
    const end = a[i + 1];
    while (k < b.length && b[k + 1] <= start) k += 2;
    for (let j = k; j < b.length && b[j] < end; j += 2) {
      if (b[j] > start) out.push(start, b[j]);
      start = Math.max(start, b[j + 1]);
    }
    if (start < end) out.push(start, end);
  }
  return out;
}

/** The spans of a sorted list of indices (repeats allowed). */
export function spansOfIndices(indices: readonly number[]): number[] {
  const spans: number[] = [];
  for (const i of indices) {
    const end = spans.length ? spans[spans.length - 1] : -1;
    if (i === end) spans[spans.length - 1] = i + 1;
    else if (i >= end) spans.push(i, i + 1);
  }
  return spans;
}
