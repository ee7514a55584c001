/** The catalog's long texts (texts.ts), fetched once, on first use. */
import type { CatalogTexts } from './texts.ts';

let texts: Promise<CatalogTexts> | null = null;

export function loadScenarioTexts(): Promise<CatalogTexts> {
  texts ??= import('virtual:scenario-texts').then((m) => m.default);
  return texts;
}
