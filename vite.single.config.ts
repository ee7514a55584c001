/**
 * The offline single file: `npm run build:single` → dist-single/territory-scenarios.html, with the app,
 * its fonts, the MapLibre worker and all the data inside (see data/single-file.ts).
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base, { webPlugins } from './vite.config.ts';
import { singleFile } from './data/single-file.ts';

/** The zone worker inlined (a blob: URL at run time) instead of a file of its own: see zone-worker-start.ts. */
const inlineZoneWorker = (): Plugin => ({
  name: 'territory-scenarios:inline-zone-worker',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('zone.worker.ts?worker')) return null;
    const resolved = await this.resolve(source.slice(0, -'?worker'.length), importer, { skipSelf: true });
    return resolved && `${resolved.id}?worker&inline`;
  },
});

export default mergeConfig(
  // One file to copy, without the web build's precompressed copies beside it.
  { ...base, plugins: webPlugins() },
  defineConfig({
    plugins: [inlineZoneWorker(), singleFile()],
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
