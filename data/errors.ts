/** The pipeline's input errors, and how text from an input is made safe to print in them. */

/** Longest piece of input text a message repeats: enough to recognise it, too short to flood a terminal. */
export const SNIPPET_CHARS = 200;

// C0 and C1 controls, DEL, and the bidirectional marks, overrides and isolates ("Trojan Source"): any
// of them echoed from an input file could recolour, rewrite or reorder what the terminal shows. With
// the u flag, a surrogate in the class matches only a lone one (a pair is one code point), which is
// not text either.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/gu;

/**
 * Text safe to print: unsafe characters become `\uXXXX` (so the reader still sees what was there), and
 * a lone surrogate half is escaped the same way. Over `max` characters it is cut with an ellipsis.
 */
export function safeText(text: string, max = Infinity): string {
  const escaped = text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/** A value from an input as a short, printable snippet (JSON, with numbers JSON cannot show spelled out). */
export function snippet(value: unknown, max = SNIPPET_CHARS): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_k, v: unknown) =>
        typeof v === 'number' && !Number.isFinite(v) ? `«${String(v)}»` : v,
      ) ?? String(value);
  } catch {
    text = String(value);
  }
  return safeText(text.replace(/"«(-?Infinity|NaN)»"/g, '$1'), max);
}

/** An input problem the pipeline reports and stops on: names the file, the feature and what is wrong. */
export class DataError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly feature?: string;

  /** Every part is made safe here, so no caller can forget to: each may carry text from an input. */
  constructor(file: string, problem: string, feature?: string) {
    const safeFile = safeText(file, 2 * SNIPPET_CHARS);
    const safeFeature = feature === undefined ? undefined : safeText(feature, SNIPPET_CHARS);
    const safeProblem = safeText(problem, 5 * SNIPPET_CHARS);
    super(`${safeFile}${safeFeature ? ` (${safeFeature})` : ''}: ${safeProblem}`);
    this.name = 'DataError';
    this.file = safeFile;
    this.problem = safeProblem;
    this.feature = safeFeature;
  }
}
