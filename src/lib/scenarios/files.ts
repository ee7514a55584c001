/** The catalog's files, bundled at build time so that every permalink's scenario ships with the app. */
// Relative, not root-based (`/data/…`): the bench's bare page builds these modules from another root.
export const SCENARIO_FILES: Record<string, unknown> = import.meta.glob('../../../data/scenarios/*.json', {
  eager: true,
  import: 'default',
});
