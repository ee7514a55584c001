/** The catalog's files, bundled at build time so that every permalink's scenario ships with the app. */
export const SCENARIO_FILES: Record<string, unknown> = import.meta.glob('/data/scenarios/*.json', {
  eager: true,
  import: 'default',
});
