import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { scenarioCheck } from './data/check-scenarios.ts';
import { tourCheck } from './data/check-tours.ts';
import { scenarioTexts, scenarioTextsApart } from './data/scenario-texts.ts';
import { precompress } from './data/precompress.ts';
import { trimMaplibreCss } from './scripts/trim-maplibre-css.ts';

/**
 * The Content-Security-Policy the built app is tested under (vite preview sends it; the README gives
 * it to hosts). Everything is same-origin; MapLibre's worker is a file, not a blob; Svelte and
 * MapLibre set inline styles, hence 'unsafe-inline' for styles only.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

/** The build for the web; the offline single file (vite.single.config.ts) starts from it, less precompression. */
export const webPlugins = () => [
  svelte(),
  scenarioCheck(),
  tourCheck(),
  scenarioTexts(),
  scenarioTextsApart(),
];

export default defineConfig({
  plugins: [...webPlugins(), precompress()],
  base: './',
  css: { postcss: { plugins: [trimMaplibreCss()] } },
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'data/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
