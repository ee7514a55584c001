/**
 * The offline single file: `npm run build:single` → dist-single/territory-scenarios.html, with the app,
 * its fonts, the MapLibre worker and all the data inside (see data/single-file.ts).
 */
import { defineConfig, mergeConfig } from 'vite';
import base, { webPlugins } from './vite.config.ts';
import { singleFile } from './data/single-file.ts';

export default mergeConfig(
  // One file to copy, without the web build's precompressed copies beside it.
  { ...base, plugins: webPlugins() },
  defineConfig({
    plugins: [singleFile()],
    // public/ holds the data (inlined by the plugin) and the embed script, which the file does without.
    publicDir: false,
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      chunkSizeWarningLimit: 8000,
      // One file: the parts the web build loads on first use (exports, tours) go inline too.
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
