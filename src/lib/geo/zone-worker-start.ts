/**
 * Starts the zone worker. The web build loads it as a file of its own (same origin, cached); the
 * offline single file swaps this import for `?worker&inline` (vite.single.config.ts), which starts it
 * from a blob: URL, as the page has no other file to load it from.
 */
import ZoneWorker from './zone.worker.ts?worker';

export const startZoneWorker = (): Worker => new ZoneWorker();
