/**
 * What the map key says, where the on-screen legend and the exported image must agree: the image is
 * often seen without the app around it.
 */
import type { Messages } from '../i18n/index.ts';
import { STATUS_FILL } from '../map/palette.ts';
import { PATTERNS } from '../map/pattern.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import type { LegendKey } from '../export/render-image.ts';

/**
 * The hatch's label. Under Russia's annexation claim the hatched land is claimed, not something a
 * deal would hand over, so it is labelled as the claim.
 */
export function toRuLabel(isClaim: boolean, t: Messages): string {
  return isClaim ? t.claimedNotHeld : t.legendToRu;
}

/** The image's key: the scenario's own swatches, in the on-screen legend's order and words. */
export function imageLegend(
  sets: DrawSets,
  isClaim: boolean,
  t: Messages,
  zone: { km: number; sides: string } | null = null,
): LegendKey[] {
  const keys: LegendKey[] = [{ label: t.ruHeld, kind: 'fill', color: STATUS_FILL.ru }];
  const { claimed, toUa, dmz } = PATTERNS;
  if (sets.claimed.length || sets.toRu.length)
    keys.push({ label: toRuLabel(isClaim, t), kind: claimed.kind, color: claimed.color });
  if (sets.toUa.length) keys.push({ label: t.legendToUa, kind: toUa.kind, color: toUa.color });
  if (sets.dmz.length) keys.push({ label: t.dmz, kind: dmz.kind, color: dmz.color });
  if (zone) keys.push({ label: t.zoneLegend(String(zone.km), zone.sides), kind: dmz.kind, color: dmz.color });
  return keys;
}
