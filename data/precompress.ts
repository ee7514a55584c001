/**
 * Precompressed copies for hosting: the build writes `<file>.br` and `<file>.gz` beside every text
 * asset and data file of dist/, so a server sends them as they are (nginx `brotli_static` /
 * `gzip_static`, see the README's "Deploy") instead of compressing on every request; and
 * `vite preview` serves them the same way (Content-Encoding, Vary), so the tests see what a reader
 * gets. Hand-written: the plugins that write such files do not serve them in `vite preview`, and
 * the writing is a dozen lines. The gzip copies come from Zopfli, whose output any gzip reader reads
 * and which is 4–25 % smaller than zlib's best: readers whose browsers send only gzip pay less.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Connect, Plugin, ResolvedConfig } from 'vite';

/** Files worth compressing: text and the history's varints. Images and fonts are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|bin|svg|txt|webmanifest)$/;
/** Smaller files gain nothing from compression. */
const MIN_BYTES = 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile());
}

/** Zopfli passes: past 3, the largest files shrink by under 0.1 % more for twice the time. */
const ZOPFLI_ITERATIONS = 3;

/**
 * A worker compressing the files it is sent, one at a time, and answering each with its name. Plain
 * JavaScript, as Vite bundles this module into its config and a worker cannot load TypeScript here.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const zlib = require('node:zlib');
const { gzipAsync } = require(workerData.zopfli);
parentPort.on('message', async (file) => {
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(file + '.gz', await gzipAsync(bytes, { numiterations: workerData.iterations }));
  fs.writeFileSync(file + '.br', zlib.brotliCompressSync(bytes, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  } }));
  parentPort.postMessage(file);
});`;

/**
 * Writes the .br and .gz of every compressible file of `dir`, on every core (Zopfli and Brotli take
 * about 15 s of CPU for dist/), the largest files first so that no core is left with one at the end;
 * resolves to how many files.
 */
export async function precompressDir(dir: string): Promise<number> {
  const files = filesUnder(dir)
    .filter((f) => COMPRESSIBLE.test(f))
    .map((f) => ({ f, size: fs.statSync(f).size }))
    .filter((e) => e.size >= MIN_BYTES)
    .sort((a, b) => b.size - a.size)
    .map((e) => e.f);
  const queue = [...files];
  const workerData = {
    zopfli: createRequire(import.meta.url).resolve('@gfx/zopfli'),
    iterations: ZOPFLI_ITERATIONS,
  };
  const work = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true, workerData });
      const next = () => {
        const file = queue.shift();
        if (file) worker.postMessage(file);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', next);
      worker.once('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), files.length) }, work));
  return files.length;
}

/** The encoding to send, from a request's Accept-Encoding: Brotli where allowed, else gzip, else none. */
export function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  const allowed = (name: string) =>
    (accept ?? '').split(',').some((part) => {
      const [token, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return token.trim() === name && (!q || Number(q.trim().slice(2)) > 0);
    });
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : null;
}

/** Middleware serving `<file>.br` / `.gz` from `dir` for a request of `<file>`, with `headers` added. */
export function servePrecompressed(
  dir: string,
  base: string,
  headers: Record<string, string>,
): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const rel = url.startsWith(base) ? url.slice(base.length) : url.slice(1);
    const file = path.resolve(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const ext = path.extname(file);
    if (!encoding || !file.startsWith(dir) || !TYPES[ext] || (req.method !== 'GET' && req.method !== 'HEAD'))
      return next();
    const compressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    if (!fs.existsSync(compressed)) return next();
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.setHeader('Content-Type', TYPES[ext]);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', fs.statSync(compressed).size);
    res.statusCode = 200;
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(compressed).pipe(res);
  };
}

/** The Vite plugin: precompresses dist/ after a build and serves the copies in `vite preview`. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const n = await precompressDir(path.resolve(config.root, config.build.outDir));
      config.logger.info(`precompress: wrote .br and .gz of ${n} files`);
    },
    configurePreviewServer(server) {
      const dir = path.resolve(server.config.root, server.config.build.outDir);
      const headers = (server.config.preview.headers ?? {}) as Record<string, string>;
      server.middlewares.use(servePrecompressed(dir, server.config.base, headers));
    },
  };
}
