/**
 * Vite plugin for the offline single file (`npm run build:single`, vite.single.config.ts): folds the
 * built page into one HTML file a teacher can copy to a USB stick and open from file:// with no network.
 *
 * - Assets (fonts, the MapLibre worker, icons) are already data: URLs: the config inlines every asset.
 *   territory-map.ts turns the worker's data: URL into a blob: URL, which MapLibre can start.
 * - The app's JS and CSS chunks are inlined into the HTML here, and removed from the output.
 * - Every data file of public/data is inlined gzipped and base64-encoded in a
 *   `<script type="application/gzip" data-file="…">` block (src/lib/data/source.ts reads them back with
 *   DecompressionStream): the control history is 17.7 MB as JSON but about 0.5 MB gzipped.
 *
 * Written by hand rather than with vite-plugin-singlefile: the inlining of chunks is a few lines, and the
 * part that matters here — the gzipped data blocks and the worker — is specific to this app either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';
type OutputAsset = Rollup.OutputAsset;
type OutputChunk = Rollup.OutputChunk;

/** The name of the single file in the output folder. */
export const SINGLE_FILE = 'territory-scenarios.html';

/**
 * Makes text safe inside an inline <script> or <style>: no `</script`, `<script` or `<!--` may appear
 * there. `\x3C` is `<` in JS strings, templates and regular expressions (where these sequences occur).
 */
export function escapeInline(code: string, tag: 'script' | 'style'): string {
  return tag === 'script'
    ? code.replace(/<(\/?script|!--)/gi, '\\x3C$1')
    : code.replace(/<(\/?style)/gi, '\\3C $1');
}

/** The `<script type="application/gzip">` blocks of every data file (JSON and binary) in `dataDir`. */
export function dataBlocks(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((f) => /\.(json|bin)$/.test(f))
    .sort()
    .map((f) => {
      const gz = gzipSync(readFileSync(join(dataDir, f)), { level: 9 });
      return `<script type="application/gzip" data-file="${f}">${gz.toString('base64')}</script>`;
    })
    .join('\n');
}

export function singleFile(options: { dataDir?: string; icon?: string } = {}): Plugin {
  const dataDir = options.dataDir ?? 'public/data';
  const icon = options.icon ?? 'public/icon.svg';
  return {
    name: 'territory-scenarios:single-file',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find(
          (f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.html'),
        );
        if (!html) return this.error('no HTML page in the bundle');
        let page = String(html.source);
        const take = (href: string) => {
          const name = href.replace(/^\.?\//, '');
          const file = bundle[name];
          if (!file) return this.error(`${href} is not in the bundle`);
          delete bundle[name];
          return file;
        };
        page = page.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
        // Functions as replacements: the code may contain `$&` and the like.
        page = page.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
          (_m, src: string) => {
            const chunk = take(src) as OutputChunk;
            return `<script type="module">${escapeInline(chunk.code, 'script')}</script>`;
          },
        );
        page = page.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_m, href: string) => {
          const css = take(href) as OutputAsset;
          return `<style>${escapeInline(String(css.source), 'style')}</style>`;
        });
        page = page.replace(
          /<link rel="icon" type="image\/svg\+xml" href="[^"]*"/,
          `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${readFileSync(icon).toString('base64')}"`,
        );
        page = page.replace('</body>', () => `${dataBlocks(dataDir)}\n</body>`);
        const left = Object.values(bundle).filter((f) => f !== html);
        if (left.length) this.error(`not inlined: ${left.map((f) => f.fileName).join(', ')}`);
        if (/\s(src|href)="\.?\/?(assets|data)\//.test(page)) this.error('the page still links a file');
        delete bundle[html.fileName];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE, source: page });
      },
    },
  };
}
