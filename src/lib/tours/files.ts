/** The tours' files, bundled at build time so that every `tour=` permalink ships with the app. */
export const TOUR_FILES: Record<string, unknown> = import.meta.glob('/data/tours/*.json', {
  eager: true,
  import: 'default',
});
