/**
 * A scenario file's long texts apart from its terms. The built app bundles the terms with the page
 * and the texts in a chunk of their own (`virtual:scenario-texts`, made by data/scenario-texts.ts):
 * the texts are a third of the catalog's weight and only the full page's details panel shows them.
 */
import type { LocalisedText, ScenarioFile, SourceRef } from './schema.ts';

export interface ScenarioTexts {
  summary: LocalisedText;
  note?: LocalisedText;
  sources: SourceRef[];
  /** Each variant's summary, by variant id. */
  variants: Record<string, LocalisedText>;
}

/** Texts by scenario id. */
export type CatalogTexts = Record<string, ScenarioTexts>;

/** A scenario file split into what the app needs at once and its long texts. */
export function splitTexts(file: ScenarioFile): { core: Record<string, unknown>; texts: ScenarioTexts } {
  const { summary, note, sources, variants, ...rest } = file;
  const texts: ScenarioTexts = {
    summary,
    ...(note ? { note } : {}),
    sources,
    variants: Object.fromEntries((variants ?? []).map((x) => [x.id, x.summary])),
  };
  const core = variants ? { ...rest, variants: variants.map(({ summary: _, ...x }) => x) } : rest;
  return { core, texts };
}
