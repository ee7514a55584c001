/**
 * What a scenario is (DESIGN §4): a per-region rule saying who holds the land. Scenarios are data
 * (data/scenarios/<id>.json), validated with valibot when the app is built and again when it loads.
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

/** Oblasts inside `other` that a proposal names one by one (unit ids of regions.bin). */
export const OTHER_UNITS = ['kharkiv', 'sumy', 'dnipropetrovsk', 'mykolaiv', 'chernihiv', 'kyiv'] as const;

/** Text in both languages of the app; shared with tours. */
export const Localised = v.strictObject({
  en: v.pipe(v.string(), v.minLength(1)),
  uk: v.pipe(v.string(), v.minLength(1)),
});

const Rule = v.strictObject({
  region: v.picklist(RULE_REGIONS),
  /** `ru`: whole region Russian-held; `ua`: whole region Ukrainian-held; `line`: as on the line of control. */
  to: v.picklist(['ru', 'ua', 'line']),
  /** Under `to: 'ru'`, land Ukraine holds on the line becomes a demilitarised zone instead. */
  ua_held_becomes: v.optional(v.picklist(['dmz'])),
});

/** A rule for one oblast inside `other`, overriding the region's rule there. */
const UnitRule = v.strictObject({
  unit: v.picklist(OTHER_UNITS),
  to: v.picklist(['ru', 'ua', 'line']),
});

const onePerRegion = <T extends { region: string }>(rules: T[]) =>
  new Set(rules.map((r) => r.region)).size === rules.length;

/** Widths a buffer zone may have, km. */
export const BUFFER_KM = { min: 1, max: 50 } as const;

/**
 * A demilitarised strip along the line of contact on the reference date: `km` on the sides named
 * (both, only the Ukraine-held side, only the Russian-held side), in the regions named or all.
 */
export const BufferRule = v.strictObject({
  km: v.pipe(v.number(), v.minValue(BUFFER_KM.min), v.maxValue(BUFFER_KM.max)),
  sides: v.picklist(['both', 'ua', 'ru']),
  regions: v.optional(v.pipe(v.array(v.picklist(RULE_REGIONS)), v.minLength(1))),
});

/** Named assets whose fate a proposal states apart from the land under them. */
export const ASSETS = ['znpp', 'kakhovka-dam', 'kinburn-spit'] as const;

/** What a proposal says of a named asset: who would control it, who would run it, in its words. */
const AssetTerm = v.strictObject({
  asset: v.picklist(ASSETS),
  /** `open`: the proposal names the asset but leaves its control undecided. */
  control: v.picklist(['ua', 'ru', 'dmz', 'open']),
  /** Who would operate it, where the proposal says. */
  operator: v.optional(v.picklist(['us', 'ua', 'ru', 'us-ua', 'us-ua-ru'])),
  text: Localised,
});

/** One reading of terms a proposal leaves open; its rules replace the scenario's for those regions. */
const variantEntries = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: Localised,
  summary: Localised,
  rules: v.optional(v.pipe(v.array(Rule), v.check(onePerRegion, 'a variant names each region at most once'))),
  units: v.optional(v.array(UnitRule)),
  /** Replaces the scenario's buffer zone in this reading. */
  buffer: v.optional(BufferRule),
  /** Replace the scenario's asset terms in this reading. */
  assets: v.optional(v.array(AssetTerm)),
};
const Variant = v.strictObject(variantEntries);

const IsoDate = v.pipe(v.string(), v.isoDate());

/** A report a scenario or tour step cites. */
export const Source = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  /** Only http(s): it becomes a link the reader can click. */
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'must be an http(s) link')),
  date: IsoDate,
});

/** The fields of one scenario file; fixed stops and proposals share them. */
const scenarioEntries = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  kind: v.picklist(['fixed', 'proposal']),
  /** Day the proposal was made or reported. */
  announced: v.optional(IsoDate),
  title: Localised,
  summary: Localised,
  /** How the terms are known: an official text, a leaked draft, or press reports of what was said. */
  basis: v.optional(v.picklist(['published', 'leaked', 'reported'])),
  /** What the terms leave open, and how this scenario reads them. */
  note: v.optional(Localised),
  sources: v.array(Source),
  /** The date whose line of control the scenario starts from: the slider's date, the latest, or a fixed day. */
  reference: v.union([v.literal('selected'), v.literal('latest'), IsoDate]),
  rules: v.pipe(
    v.array(Rule),
    v.check(
      (rules) => RULE_REGIONS.every((r) => rules.filter((x) => x.region === r).length === 1),
      'every region needs exactly one rule',
    ),
  ),
  units: v.optional(v.array(UnitRule)),
  /** Power plants (ids of context.bin `plants`) the terms demilitarise, such as the Zaporizhzhia NPP. */
  demilitarised_plants: v.optional(v.array(v.string())),
  /** A demilitarised strip along the line of contact (see BufferRule). */
  buffer: v.optional(BufferRule),
  /** What the terms say of named assets (a plant, a dam, a spit), apart from the land under them. */
  assets: v.optional(v.array(AssetTerm)),
  /** Readings of open terms, the first being the default. */
  variants: v.optional(v.pipe(v.array(Variant), v.minLength(2))),
};

/** Schema of one scenario file, texts included: what the build and the tests check. */
export const ScenarioSchema = v.pipe(
  v.strictObject(scenarioEntries),
  v.check(
    (s) => s.kind === 'fixed' || (!!s.announced && !!s.basis && s.sources.length > 0),
    'a proposal needs announced, basis and sources',
  ),
);

/**
 * A scenario as the app holds it. Its long texts (summary, note, sources, the variants' summaries)
 * may be absent: the built app carries them in a chunk of their own, loaded when they are shown
 * (texts.ts), so that an embed, which never shows them, does not download them.
 */
export const ScenarioCoreSchema = v.pipe(
  v.strictObject({
    ...scenarioEntries,
    summary: v.optional(Localised),
    sources: v.optional(v.array(Source)),
    variants: v.optional(
      v.pipe(v.array(v.strictObject({ ...variantEntries, summary: v.optional(Localised) })), v.minLength(2)),
    ),
  }),
  v.check((s) => s.kind === 'fixed' || (!!s.announced && !!s.basis), 'a proposal needs announced and basis'),
);

export type Scenario = v.InferOutput<typeof ScenarioCoreSchema>;
export type ScenarioFile = v.InferOutput<typeof ScenarioSchema>;
export type LocalisedText = v.InferOutput<typeof Localised>;
export type SourceRef = v.InferOutput<typeof Source>;
export type ScenarioRule = Scenario['rules'][number];
export type UnitRule = NonNullable<Scenario['units']>[number];
export type ScenarioVariant = NonNullable<Scenario['variants']>[number];
export type RuleRegion = (typeof RULE_REGIONS)[number];
export type BufferTerm = v.InferOutput<typeof BufferRule>;
export type AssetTermOf = v.InferOutput<typeof AssetTerm>;
