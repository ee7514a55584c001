/**
 * Stage "days": the daily control series merged day by day (added days first, then the recent and the
 * early series), and the land Ukraine holds or contests in Russia, every geometry checked. Read
 * whenever the cut computes (about 7 s), never cached: an entry would be as large as the inputs.
 */
import { INPUTS } from '../sources.ts';
import { readCollection } from '../inputs.ts';
import { mergeHistory, readSeries, type DatedSeries, type Day } from '../steps/history.ts';
import { readUaInRussia, type UaInRussia } from '../steps/ua-in-russia.ts';
import type { StageDef } from '../stage.ts';

export interface ControlDays {
  days: Day[];
  held: UaInRussia;
  /** The recent series' first date, as the manifest's date range gives it. */
  recentFrom: string | undefined;
}

export const DAYS: StageDef<ControlDays> = { name: 'days', code: [new URL(import.meta.url)] };

/** The raw inputs this stage reads (besides the added days). */
export const DAY_INPUTS = ['occupiedRecent', 'occupiedEarly', 'uaInRussia'] as const;

export function readDays(sourceDir: string, addedDays: DatedSeries[]): ControlDays {
  const recent = readCollection(sourceDir, INPUTS.occupiedRecent);
  const early = readCollection(sourceDir, INPUTS.occupiedEarly);
  const days = mergeHistory([...addedDays, recent, early].map(readSeries));
  const heldIn = readCollection(sourceDir, INPUTS.uaInRussia);
  const recentFrom = recent.data.features[0]?.properties?.date as string | undefined;
  return { days, held: readUaInRussia(heldIn.file, heldIn.data), recentFrom };
}
