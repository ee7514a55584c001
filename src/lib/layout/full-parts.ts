/**
 * The side column's parts an embed does not show (a linked tour's panel aside): one chunk, loaded
 * when the page shows them, so that an embed's first download goes without them.
 */
export { default as ScenarioDetails } from '../ui/ScenarioDetails.svelte';
export { default as CustomToggles } from '../ui/CustomToggles.svelte';
export { default as CompareSelect } from '../ui/CompareSelect.svelte';
export { default as ChangesSummary } from '../ui/ChangesSummary.svelte';
export { default as TourPanel } from '../ui/TourPanel.svelte';
