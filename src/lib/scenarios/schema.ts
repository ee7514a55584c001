/**
 * What a scenario is (DESIGN §4): a per-region rule saying who holds the land. Scenarios are data,
 * validated with valibot so that a proposal file from data/scenarios/ can be checked at load.
 */
import * as v from 'valibot';

/** Regions a rule can name: the six focus regions and all other oblasts of Ukraine. */
export const RULE_REGIONS = [
  'donetsk',
  'luhansk',
  'zaporizhzhia',
  'kherson',
  'crimea',
  'kursk',
  'other',
] as const;

const Localised = v.object({ en: v.string(), uk: v.string() });

const Rule = v.object({
  region: v.picklist(RULE_REGIONS),
  /** `ru`: whole region Russian-held; `ua`: whole region Ukrainian-held; `line`: as on the line of control. */
  to: v.picklist(['ru', 'ua', 'line']),
  /** Under `to: 'ru'`, land Ukraine holds on the line becomes a demilitarised zone instead. */
  ua_held_becomes: v.optional(v.picklist(['dmz'])),
});

/** Schema of one scenario; fixed stops and proposals share it. */
export const ScenarioSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  kind: v.picklist(['fixed', 'proposal']),
  announced: v.optional(v.pipe(v.string(), v.isoDate())),
  title: Localised,
  summary: Localised,
  sources: v.array(v.object({ name: v.string(), url: v.pipe(v.string(), v.url()), date: v.string() })),
  /** The date whose line of control the scenario starts from: the slider's date, or a fixed day. */
  reference: v.union([v.literal('selected'), v.literal('latest'), v.pipe(v.string(), v.isoDate())]),
  rules: v.pipe(
    v.array(Rule),
    v.check(
      (rules) => RULE_REGIONS.every((r) => rules.filter((x) => x.region === r).length === 1),
      'every region needs exactly one rule',
    ),
  ),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioRule = Scenario['rules'][number];
export type RuleRegion = (typeof RULE_REGIONS)[number];
