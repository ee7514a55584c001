/**
 * The credit line of a map source, from the manifest's layers. MapLibre's attribution control reads
 * it as HTML (sanitised, but HTML), while the manifest's texts are plain text: escape them so that
 * whatever a data file says is shown as written and never becomes markup.
 */
import type { LayerSource } from '../data/types.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` with the characters HTML gives meaning to written as entities. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The attributions of the layers `ids`, each once, joined with "; ", as HTML-escaped text. */
export function credit(layers: readonly LayerSource[], ids: readonly string[]): string {
  const names = layers.filter((l) => ids.includes(l.id)).map((l) => l.attribution);
  return escapeHtml([...new Set(names)].join('; '));
}
