/**
 * Minimal end-to-end harness: headless Chromium (playwright-core) against `vite preview` of dist/.
 *
 * Writing a test — create `test/e2e/<name>.e2e.ts`:
 *
 *   import assert from 'node:assert/strict';
 *   import { suite, test, offsiteRequests } from './harness.ts';
 *
 *   export default suite('map', { args: ['--disable-3d-apis'] }, [
 *     test('reaches ready', async ({ page }) => {
 *       await page.goto('/?scenario=controlled');              // relative to the preview server
 *       await page.locator('main[data-status="ready"]').waitFor();
 *     }),
 *     test('tolerates a known warning', async ({ page, errors }) => {
 *       await page.goto('/');
 *       assert.equal(errors.length, 1);                       // inspect errors yourself…
 *     }, { allowErrors: true }),                              // …or pass RegExp[] to allow only matching ones
 *   ]);
 *
 * Each test gets a fresh BrowserContext + Page and a TestContext:
 *   page, context  playwright objects (context has baseURL set, so page.goto('/x') works)
 *   url            base URL of the preview server, e.g. http://127.0.0.1:41234/
 *   requests       every request URL made by any page or worker of the context, in order
 *   errors         every console.error, uncaught page error and page crash, as text
 * After the test body, the runner fails the test if `errors` is non-empty (unless allowErrors)
 * or if any request went to a host other than 127.0.0.1 (unless allowOffsite).
 * Suite options: `args` are extra Chromium flags (one browser is launched per distinct arg set),
 * `viewport` overrides the default 1280×800. Tests run serially with a 60 s timeout each
 * (override per test with `timeout`); a failing test leaves test-results/<suite>-<test>.png.
 * Use node:assert for assertions. Run: `npm run test:e2e [-- filter…]` (filters match
 * "<suite> <test>" or the file path, as substrings).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export interface TestContext {
  page: Page;
  context: BrowserContext;
  url: string;
  requests: string[];
  errors: string[];
}

export interface TestOptions {
  /** true: never fail on console/page errors; RegExp[]: ignore only errors matching one of them. */
  allowErrors?: boolean | RegExp[];
  /** Do not fail when a request leaves 127.0.0.1. */
  allowOffsite?: boolean;
  /** Milliseconds; default 60 000. */
  timeout?: number;
}

export interface Test {
  name: string;
  fn: (t: TestContext) => Promise<void>;
  options: TestOptions;
}

export interface SuiteOptions {
  args?: string[];
  viewport?: { width: number; height: number };
}

export interface Suite {
  name: string;
  options: SuiteOptions;
  tests: Test[];
}

export function test(name: string, fn: Test['fn'], options: TestOptions = {}): Test {
  return { name, fn, options };
}

export function suite(name: string, options: SuiteOptions | Test[], tests?: Test[]): Suite {
  return Array.isArray(options)
    ? { name, options: {}, tests: options }
    : { name, options, tests: tests ?? [] };
}

/** Request URLs whose host is not 127.0.0.1 (data:, blob:, about: and file: URLs are local). */
export function offsiteRequests(requests: string[]): string[] {
  return requests.filter((u) => {
    if (/^(data|blob|about|file):/.test(u)) return false;
    try {
      return new URL(u).hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
}

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL works under --disable-gpu through SwiftShader today via an automatic fallback that Chromium
  // has deprecated; asking for SwiftShader explicitly keeps it working when that fallback is removed.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Launches Chromium with the base flags plus `extra`; playwright gives each launch a fresh temp profile. */
export async function launchBrowser(extra: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: apt-get install -y chromium fonts-noto-core`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...BASE_ARGS, ...extra] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** Starts `vite preview` of `outDir` on 127.0.0.1 (a free port) and resolves once it answers HTTP. */
export async function startPreview(outDir = 'dist', timeoutMs = 30_000): Promise<Preview> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/index.html missing: run \`npm run build\` first`);
  let lastError = '';
  // Another process may grab the free port between our probe and vite's bind: retry a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      'node_modules/.bin/vite',
      ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d));
    child.stderr?.on('data', (d: Buffer) => (output += d));
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    process.once('exit', stop); // last resort: never leave a server behind
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return { url, stop };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    stop();
    lastError = `vite preview did not answer on ${url}:\n${output}`;
  }
  throw new Error(lastError);
}
