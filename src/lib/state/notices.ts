/**
 * Notices on the page: what a link asked for that could not be honoured exactly (url.ts), and a part
 * of the page that could not load and is left out while the rest works (the tours). Polite, each
 * dismissable; Notices.svelte words them.
 */
import type { UrlNotice } from './url.ts';

/** The guided tours could not be read: the page works without them. */
export interface ToursFailed {
  kind: 'tours-failed';
  /** What went wrong, naming the file and field for a bad file. */
  detail: string;
}

/** The buffer zone could not be computed: its figures are shown as unavailable. */
export interface ZoneFailed {
  kind: 'zone-failed';
  detail: string;
}

export type PageNotice = UrlNotice | ToursFailed | ZoneFailed;
