/**
 * MapLibre's stylesheet carries the rules and inline SVG icons of every control it ships (geolocate,
 * fullscreen, terrain, globe, popups, markers, scale, logo): 10 KB of the first view's 14 KB of CSS,
 * gzipped. The app uses the map, the zoom buttons, the attribution and cooperative gestures, so this
 * PostCSS plugin drops the rules whose selectors all name an unused control, and nothing else; a
 * control added later needs its name taken off UNUSED.
 */
import type { Plugin } from 'postcss';

/** Controls the app never creates, as their classes name them (`maplibregl-[ctrl-]<name>…`). */
export const UNUSED = [
  'geolocate',
  'fullscreen',
  'shrink',
  'terrain',
  'globe',
  'popup',
  'marker',
  'user-location',
  'scale',
  'logo',
];

const unused = new RegExp(`maplibregl-(?:ctrl-)?(?:${UNUSED.join('|')})\\b`);

export function trimMaplibreCss(): Plugin {
  return {
    postcssPlugin: 'trim-maplibre-css',
    Once(root) {
      if (!root.source?.input.file?.replace(/\\/g, '/').endsWith('maplibre-gl/dist/maplibre-gl.css')) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((s) => !unused.test(s));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((at) => {
        if (at.nodes?.length === 0) at.remove();
      });
    },
  };
}
