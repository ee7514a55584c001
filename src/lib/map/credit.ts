/**
 * The credit line of a map source, from the manifest's layers. MapLibre's attribution control reads
 * it as HTML (sanitised, but HTML), while the manifest's texts are plain text: escape them so that
 * whatever a data file says is shown as written and never becomes markup.
 */
import type { LayerSource } from '../data/types.ts';
import type { Lang } from '../state/url.ts';
import { credit } from '../data/layer-text.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` with the characters HTML gives meaning to written as entities. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The credit line of the layers `ids` in `lang` (see data/layer-text.ts), HTML-escaped for MapLibre. */
export function htmlCredit(layers: readonly LayerSource[], ids: readonly string[], lang: Lang): string {
  return escapeHtml(credit(layers, ids, lang));
}
