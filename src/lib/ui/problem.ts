/**
 * Words for what went wrong, for the reader: a loading failure (a damaged file is the host's to fix,
 * not a reason to retry) and the page's notices. Text from a link or a file is clipped.
 */
import { DataLoadError } from '../data/load.ts';
import type { Messages } from '../i18n/index.ts';
import type { PageNotice } from '../state/notices.ts';
import { clip } from './clip.ts';

const altered = (err: Error): err is DataLoadError => err instanceof DataLoadError && err.altered;

/** Why the page cannot show the map. */
export function loadErrorText(err: Error, t: Messages): string {
  return altered(err) ? t.dataAltered(err.file) : t.dataError(err.message);
}

/** Why the page shows only the latest day. */
export function historyErrorText(err: Error, t: Messages): string {
  return altered(err) ? t.historyAltered(err.file) : t.historyFailed(err.message);
}

/** A notice, in the reader's language. */
export function noticeText(n: PageNotice, t: Messages): string {
  if (n.kind === 'date-snapped') return t.dateSnapped(clip(n.value), n.to);
  if (n.kind === 'tours-failed') return t.toursFailed(clip(n.detail, 300));
  if (n.kind === 'zone-failed') return t.zoneFailed(clip(n.detail, 300));
  // `v`, the link's format: a newer one than this page reads.
  if (n.param === 'v') return t.newerLink(clip(n.value));
  return t.badValue(n.param, clip(n.value));
}
