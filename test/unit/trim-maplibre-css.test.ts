import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from '../../scripts/trim-maplibre-css.ts';

const file = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const trim = (css: string, from: string) => postcss([trimMaplibreCss()]).process(css, { from }).css;

describe('trimMaplibreCss', () => {
  const full = readFileSync(file, 'utf8');
  const trimmed = trim(full, file);

  it('drops the controls the app never creates', () => {
    for (const name of ['geolocate', 'fullscreen', 'terrain', 'globe', 'popup', 'marker', 'ctrl-scale'])
      expect(trimmed).not.toContain(`maplibregl-${name}`);
    expect(trimmed.length).toBeLessThan(full.length / 3);
  });

  it('keeps the map, zoom buttons, compass, attribution and cooperative gestures', () => {
    for (const selector of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-compass .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-attrib.maplibregl-compact',
      '.maplibregl-cooperative-gesture-screen',
    ])
      expect(trimmed).toContain(selector);
  });

  it('keeps a selector list’s used parts and leaves other stylesheets alone', () => {
    const css = '.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-fullscreen { color: red }';
    expect(trim(css, file)).toBe('.maplibregl-ctrl-zoom-in { color: red }');
    expect(trim(css, '/app/src/app.css')).toBe(css);
  });
});
