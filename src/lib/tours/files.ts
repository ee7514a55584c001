/** The tours' files, bundled at build time so that every `tour=` permalink ships with the app. */
// Relative, not root-based (`/data/…`): the bench's bare page builds these modules from another root.
export const TOUR_FILES: Record<string, unknown> = import.meta.glob('../../../data/tours/*.json', {
  eager: true,
  import: 'default',
});
