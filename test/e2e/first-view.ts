/**
 * What the first view costs, shared by the budget test and `npm run bench`: when the page reports
 * `main[data-status="ready"]` (measured inside the page, in ms since navigation start) and what it
 * transfers until then plus one second, each response body gzipped as a web server would send it
 * (vite preview sends bodies uncompressed).
 */
import zlib from 'node:zlib';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { READY } from './map-helpers.ts';

/** Budgets, in KB (1024 bytes) gzipped: checked by budget.e2e.ts, reported by `npm run bench`. */
export const BUDGET_KB = { firstView: 700, history: 800, faces: 1500 };

/** Kinds of transfer, by file name. */
export const KINDS = ['html', 'js', 'css', 'data', 'fonts', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** The control history: the app fetches it in the background once the first view shows. */
export const HISTORY_PATH = '/data/control.topo.json';
/** The history's faces (fast date steps), fetched after the history. */
export const FACES_PATH = '/data/control-faces.topo.json';

/** One response of the first view. */
export interface Transfer {
  path: string;
  kind: Kind;
  bytes: number;
  gzip: number;
  /** Made after the page was ready, and so not needed to show it. */
  afterReady: boolean;
}

export interface FirstView {
  /** ms from navigation start to `data-status="ready"`. */
  readyMs: number;
  transfers: Transfer[];
}

/** Makes every page of `context` note the moment it becomes ready (see `readyMs`). */
export async function watchReady(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __readyAt?: number };
    new MutationObserver(() => {
      if (w.__readyAt === undefined && document.querySelector('main[data-status="ready"]'))
        w.__readyAt = performance.now();
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-status'],
    });
  });
}

/** Waits until the page is ready; ms from its navigation start to then (needs `watchReady`). */
export async function readyMs(page: Page): Promise<number> {
  await page.locator(READY).waitFor({ timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
}

export function kindOf(path: string): Kind {
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.includes('/data/')) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

/** The body as served: from the browser when it kept it, else fetched again (same static file). */
async function bodyOf(request: Request): Promise<Buffer> {
  const response = await request.response();
  const body = await response?.body().catch(() => null);
  return body ?? Buffer.from(await (await fetch(request.url())).arrayBuffer());
}

/**
 * Opens `path` in `page` (whose context has `watchReady`), waits until ready plus `settleMs`, and
 * lists every http request made meanwhile with its gzipped size. A URL asked for twice is counted once.
 */
export async function measureFirstView(page: Page, path: string, settleMs = 1000): Promise<FirstView> {
  const requests: Request[] = [];
  const onRequest = (r: Request) => requests.push(r);
  page.context().on('request', onRequest);
  let ready: number;
  try {
    await page.goto(path);
    ready = await readyMs(page);
    await page.waitForTimeout(settleMs);
  } finally {
    page.context().off('request', onRequest);
  }
  // Start times of the page's own requests, on the clock `ready` was read from.
  const started = new Map<string, number>(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => [e.name, e.startTime] as [string, number]),
    ),
  );
  const transfers: Transfer[] = [];
  const seen = new Set<string>();
  for (const request of requests) {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol) || seen.has(url.href)) continue;
    seen.add(url.href);
    const body = await bodyOf(request);
    transfers.push({
      path: url.pathname + url.search,
      kind: kindOf(url.pathname),
      bytes: body.length,
      gzip: zlib.gzipSync(body).length,
      afterReady: (started.get(url.href) ?? -1) >= ready,
    });
  }
  return { readyMs: ready, transfers };
}

/** Gzipped bytes by kind, leaving out the history when it came after the page was ready. */
export function firstViewBytes(view: FirstView): Record<Kind, number> & { total: number } {
  const sums = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const t of view.transfers) if (!isBackgroundHistory(t)) sums[t.kind] += t.gzip;
  return { ...sums, total: KINDS.reduce((s, k) => s + sums[k], 0) };
}

export const isBackgroundHistory = (t: Transfer) =>
  (t.path === HISTORY_PATH || t.path === FACES_PATH) && t.afterReady;
