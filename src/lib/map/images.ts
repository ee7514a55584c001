/**
 * The style's images (the hatches' patterns and the town dot) are made in code, not fetched: MapLibre
 * asks for each the first time a layer needs it.
 */
import type { MapLike } from './feature-state.ts';
import { PALETTE } from './palette.ts';
import { mapImages } from './pattern.ts';
import { TOWN_DOT, townDot } from './towns.ts';

/** Hands `map` each of the style's images when it first asks for it. */
export function supplyImages(
  map: Pick<MapLike, 'setMissingStyleImageResolver' | 'hasImage' | 'addImage'>,
): void {
  const images = { ...mapImages(), [TOWN_DOT]: townDot(PALETTE.text, PALETTE.textHalo) };
  map.setMissingStyleImageResolver((id) => {
    const img = images[id as keyof typeof images];
    if (img && !map.hasImage(id)) map.addImage(id, img, { pixelRatio: 2 });
  });
}
