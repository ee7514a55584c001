/** E2E runner: discovers test/e2e/**\/*.e2e.ts, runs every test serially. See harness.ts for the API. */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  offsiteRequests,
  startPreview,
  type Preview,
  type Suite,
  type Test,
  type TestContext,
} from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const E2E_DIR = join(ROOT, 'test/e2e');
const RESULTS_DIR = join(ROOT, 'test-results');
const DEFAULT_TIMEOUT = 60_000;

process.chdir(ROOT);

function findFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? findFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
}

const slug = (s: string) => s.replace(/[^\w.-]+/g, '_').replace(/^_|_$/g, '');
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${fmt(ms)}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function runTest(browser: Browser, s: Suite, t: Test, baseURL: string): Promise<string | null> {
  const context = await browser.newContext({
    baseURL,
    viewport: s.options.viewport ?? { width: 1280, height: 800 },
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('console', (m) => {
    if (m.type() !== 'error') return;
    errors.push(`console.error: ${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
  });
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().stack ?? e.error().message}`));
  const page = await context.newPage();
  page.on('crash', () => errors.push('page crashed'));
  const ctx: TestContext = { page, context, url: baseURL, requests, errors };
  let failure: string | null = null;
  try {
    await withTimeout(t.fn(ctx), t.options.timeout ?? DEFAULT_TIMEOUT, 'test');
    const allow = t.options.allowErrors;
    const allowed = Array.isArray(allow) ? allow : [];
    const bad = allow === true ? [] : errors.filter((e) => !allowed.some((re) => re.test(e)));
    if (bad.length) failure = `${bad.length} console/page error(s):\n${bad.join('\n')}`;
    const offsite = t.options.allowOffsite ? [] : offsiteRequests(requests);
    if (offsite.length) failure = `requests to hosts other than 127.0.0.1:\n${offsite.join('\n')}`;
  } catch (err) {
    failure = err instanceof Error ? (err.stack ?? err.message) : String(err);
    if (errors.length) failure += `\nconsole/page errors:\n${errors.join('\n')}`;
  }
  if (failure) {
    const file = join(RESULTS_DIR, `${slug(s.name)}-${slug(t.name)}.png`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: file, timeout: 10_000 }).then(
      () => (failure += `\nscreenshot: ${relative(ROOT, file)}`),
      () => (failure += '\n(screenshot failed)'),
    );
  }
  await context.close().catch(() => {});
  return failure;
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const suites: { file: string; suite: Suite }[] = [];
  for (const file of findFiles(E2E_DIR)) {
    const mod = (await import(pathToFileURL(file).href)) as { default?: Suite };
    if (!mod.default?.tests) throw new Error(`${relative(ROOT, file)}: default export must be suite(...)`);
    suites.push({ file: relative(ROOT, file), suite: mod.default });
  }
  const selected = (file: string, s: Suite, t: Test) =>
    filters.length === 0 || filters.some((f) => file.includes(f) || `${s.name} ${t.name}`.includes(f));

  let passed = 0;
  let failed = 0;
  let preview: Preview | undefined;
  const browsers = new Map<string, Browser>();
  const cleanup = async () => {
    preview?.stop();
    await Promise.all([...browsers.values()].map((b) => b.close().catch(() => {})));
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      console.log(`\n${sig}: stopping`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    preview = await startPreview();
    console.log(`e2e: serving dist/ at ${preview.url}`);
    for (const { file, suite: s } of suites) {
      const key = JSON.stringify(s.options.args ?? []);
      for (const t of s.tests.filter((t) => selected(file, s, t))) {
        let browser = browsers.get(key);
        if (!browser?.isConnected()) {
          browser = await launchBrowser(s.options.args);
          browsers.set(key, browser);
        }
        const start = Date.now();
        const failure = await runTest(browser, s, t, preview.url);
        const line = `${s.name} › ${t.name} (${fmt(Date.now() - start)})`;
        if (failure) {
          failed++;
          console.log(`FAIL ${line}\n${failure.replace(/^/gm, '     ')}`);
        } else {
          passed++;
          console.log(`ok   ${line}`);
        }
      }
    }
  } catch (err) {
    console.error(`e2e: ${err instanceof Error ? err.message : String(err)}`);
    failed++;
  } finally {
    await cleanup();
  }
  if (passed + failed === 0) console.error('e2e: no tests ran');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

process.exit(await main());
