/** The shape settlements.json must have (types.ts `Settlements`), checked when the page loads it. */
import * as v from 'valibot';

const Spans = v.optional(v.array(v.number()));
export const SettlementsShape = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.looseObject({
      type: v.literal('Feature'),
      properties: v.looseObject({
        id: v.number(),
        name_en: v.string(),
        name_uk: v.optional(v.string()),
        pop: v.number(),
        rank: v.picklist([1, 2, 3]),
        unit: v.string(),
        country: v.picklist(['UA', 'RU']),
        held: v.optional(v.looseObject({ ru: Spans, ua: Spans, contested: Spans })),
      }),
      geometry: v.looseObject({
        type: v.literal('Point'),
        coordinates: v.pipe(v.array(v.number()), v.length(2)),
      }),
    }),
  ),
});
