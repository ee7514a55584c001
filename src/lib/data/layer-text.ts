/** A layer's texts (manifest `layers[]`) in the reader's language. */
import type { Lang } from '../state/url.ts';
import type { LayerSource } from './types.ts';

/** The layer with its texts in `lang`: the Ukrainian ones where given, else the English (proper names). */
export function layerIn(layer: LayerSource, lang: Lang): LayerSource {
  return lang === 'uk' ? { ...layer, ...layer.uk } : layer;
}

/** The credit line of some layers in `lang`, each distinct attribution once, in manifest order. */
export function credit(layers: readonly LayerSource[], ids: readonly string[], lang: Lang): string {
  const wanted = layers.filter((l) => ids.includes(l.id)).map((l) => layerIn(l, lang).attribution);
  return [...new Set(wanted)].join('; ');
}
