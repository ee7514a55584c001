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
import type { BrowserContext, Page } from 'playwright-core';

export { launchBrowser } from './browser.ts';
export { startPreview, type Preview } from './preview.ts';

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
