/**
 * What the plants panel and the legend say of a scenario's named assets (the Zaporizhzhia NPP, the
 * Kakhovka dam, the Kinburn Spit): who would control each and who would run it, apart from the land
 * under it. Pure, so both say the same words.
 */
import type { Messages } from '../i18n/index.ts';
import type { AssetTermOf } from '../scenarios/schema.ts';

/** "Zaporizhzhia nuclear power plant". */
export const assetName = (term: Pick<AssetTermOf, 'asset'>, t: Messages): string => t.assetNames[term.asset];

/** Who would control it, and who would run it where the terms say: "Ukraine, run by the United States". */
export function assetControl(term: Pick<AssetTermOf, 'control' | 'operator'>, t: Messages): string {
  const control = t.assetControl[term.control];
  return term.operator ? `${control}, ${t.assetOperator[term.operator]}` : control;
}

/** The legend's line: "Kakhovka dam: Ukraine under the terms". */
export const assetLegendLine = (term: Pick<AssetTermOf, 'asset' | 'control' | 'operator'>, t: Messages) =>
  t.assetLegend(assetName(term, t), assetControl(term, t));
