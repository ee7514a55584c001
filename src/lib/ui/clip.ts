/** Longest quoted value a notice shows: a link can carry 100 kB, which would bury the page. */
export const MAX_QUOTED = 80;

/** `text` cut to `max` characters with an ellipsis, for quoting a reader's input back to them. */
export function clip(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
