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

/**
 * A layer's attribution with its licence, the licence named once: left out when the attribution
 * already names it ("GeoNames (geonames.org), CC BY 4.0; …"), and put in place of the
 * attribution's own short form when the licence says more ("… (GPL-3.0)" and "GPL-3.0
 * (repository); DeepStateMap data has no explicit open licence").
 */
export function creditWithLicence({
  attribution,
  licence,
}: Pick<LayerSource, 'attribution' | 'licence'>): string {
  if (attribution.includes(licence)) return attribution;
  const short = licence.split(/ \(|;/)[0].trim();
  const base =
    short && attribution.endsWith(`(${short})`)
      ? attribution.slice(0, -short.length - 2).trimEnd()
      : attribution;
  return `${base} (${licence})`;
}

/**
 * The sources for print, in `lang`: one line per distinct credit, naming the layers it covers
 * ("Rivers (Natural Earth); Lakes and reservoirs (Natural Earth): Made with Natural Earth (Public
 * domain)"), in manifest order.
 */
export function printCredits(layers: readonly LayerSource[], lang: Lang): string[] {
  const byCredit = new Map<string, string[]>();
  for (const layer of layers.map((l) => layerIn(l, lang))) {
    const key = creditWithLicence(layer);
    byCredit.set(key, [...(byCredit.get(key) ?? []), layer.title]);
  }
  return [...byCredit].map(([credit, titles]) => `${titles.join('; ')}: ${credit}`);
}
