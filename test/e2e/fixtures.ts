/**
 * The `test` every end-to-end suite imports: Playwright's, with one automatic fixture that fails a test
 * on a console.error, an uncaught page error or a page crash, and on any request whose host is not
 * 127.0.0.1. It also gives each test what it saw:
 *   requests  every request URL made by any page or worker of the context, in order
 *   errors    every console.error, uncaught page error and page crash, as text
 * Escape hatches, for a describe block or file: `test.use({ allowErrors: true })` (or a RegExp[] to
 * allow only matching errors) and `test.use({ allowOffsite: true })`.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export interface GuardOptions {
  /** true: never fail on console/page errors; RegExp[]: ignore only errors matching one of them. */
  allowErrors: boolean | RegExp[];
  /** Do not fail when a request leaves 127.0.0.1. */
  allowOffsite: boolean;
}

interface Seen {
  /** Every request URL made by any page or worker of the context, in order. */
  requests: string[];
  /** Every console.error, uncaught page error and page crash, as text. */
  errors: string[];
  /** Records `requests` and `errors` and checks them once the test is over. */
  guard: void;
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

/**
 * Records what `context` does into `requests` and `errors`: the guard's watch, also for a context a
 * test makes itself (in another browser), whose errors then fail the test as the page's do.
 */
export function watch(context: BrowserContext, requests: string[], errors: string[]): void {
  context.on('request', (r) => requests.push(r.url()));
  context.on('console', (m) => {
    if (m.type() !== 'error') return;
    errors.push(`console.error: ${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
  });
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().stack ?? e.error().message}`));
  const watchCrash = (page: Page) => page.on('crash', () => errors.push('page crashed'));
  context.pages().forEach(watchCrash);
  context.on('page', watchCrash);
}

export const test = base.extend<GuardOptions & Seen>({
  allowErrors: [false, { option: true }],
  allowOffsite: [false, { option: true }],
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  requests: async ({}, use) => use([]),
  // eslint-disable-next-line no-empty-pattern
  errors: async ({}, use) => use([]),
  guard: [
    async ({ context, requests, errors, allowErrors, allowOffsite }, use) => {
      watch(context, requests, errors);
      await use();
      // Checked before the context closes, so a failure here still gets its screenshot and trace.
      const allowed = Array.isArray(allowErrors) ? allowErrors : [];
      const bad = allowErrors === true ? [] : errors.filter((e) => !allowed.some((re) => re.test(e)));
      const offsite = allowOffsite ? [] : offsiteRequests(requests);
      const problems = [
        ...(bad.length ? [`${bad.length} console/page error(s):`, ...bad] : []),
        ...(offsite.length ? ['requests to hosts other than 127.0.0.1:', ...offsite] : []),
      ];
      if (problems.length) throw new Error(problems.join('\n'));
    },
    { auto: true, title: 'no console errors, nothing off 127.0.0.1' },
  ],
});
