/** Words a loading failure for the reader: a damaged file is the host's to fix, not a reason to retry. */
import { DataLoadError } from '../data/load.ts';
import type { Messages } from '../i18n/index.ts';

const altered = (err: Error): err is DataLoadError => err instanceof DataLoadError && err.altered;

/** Why the page cannot show the map. */
export function loadErrorText(err: Error, t: Messages): string {
  return altered(err) ? t.dataAltered(err.file) : t.dataError(err.message);
}

/** Why the page shows only the latest day. */
export function historyErrorText(err: Error, t: Messages): string {
  return altered(err) ? t.historyAltered(err.file) : t.historyFailed(err.message);
}
