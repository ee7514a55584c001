/**
 * What the first view costs, shared by the budget test and `npm run bench`: when the page reports
 * `main[data-status="ready"]` (measured inside the page, in ms since navigation start) and what it
 * transfers until then plus a settling time, each response's size as the server sends it to a reader
 * whose browser accepts gzip (the precompressed .gz beside each file, see data/precompress.ts), and
 * to one that accepts Brotli, as Chromium does.
 */
import http from 'node:http';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { READY } from './map-helpers.ts';

/**
 * Budgets, in KB (1024 bytes) gzipped unless named br: checked by budget.e2e.ts, reported by
 * `npm run bench`. The first view of the full page until ready; an embed left alone 8 s after ready,
 * everything; the history file; all of public/data.
 */
export const BUDGET_KB = { firstView: 650, embedIdle: 600, history: 400, historyBr: 300, data: 650 };
/** How long an embed is left alone after ready when its transfers are counted. */
export const EMBED_IDLE_MS = 8000;

/** Kinds of transfer, by file name. */
export const KINDS = ['html', 'js', 'css', 'data', 'fonts', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Every date's control: the full page fetches it once idle after ready, an embed only on demand. */
export const HISTORY_PATH = '/data/history.bin';
/** The latest date's control, all the default view draws. */
export const LATEST_PATH = '/data/history-latest.bin';

/** One response of the first view. */
export interface Transfer {
  path: string;
  kind: Kind;
  bytes: number;
  /** As sent to a browser accepting gzip, and one accepting Brotli. */
  gzip: number;
  br: number;
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

/** Bytes on the wire for `url` asked for with `Accept-Encoding: encoding` (node:http never decodes). */
export function servedSize(url: string, encoding: 'gzip' | 'br' | 'identity'): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        let n = 0;
        res.on('data', (chunk: Buffer) => (n += chunk.length));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(n) : reject(new Error(`${url}: HTTP ${res.statusCode}`)),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * Opens `path` in `page` (whose context has `watchReady`), waits until ready plus `settleMs`, and
 * lists every http request made meanwhile with its sizes as served. A URL asked for twice is counted once.
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
    const [bytes, gzip, br] = await Promise.all(
      (['identity', 'gzip', 'br'] as const).map((e) => servedSize(url.href, e)),
    );
    transfers.push({
      path: url.pathname + url.search,
      kind: kindOf(url.pathname),
      bytes,
      gzip,
      br,
      afterReady: (started.get(url.href) ?? -1) >= ready,
    });
  }
  return { readyMs: ready, transfers };
}

/**
 * Gzipped bytes by kind of the first view: what was asked for before the page was ready. What the
 * full page fetches once idle after it (the history with its figures, the settlements) is not.
 */
export function firstViewBytes(view: FirstView): Record<Kind, number> & { total: number } {
  const sums = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const t of view.transfers) if (!t.afterReady) sums[t.kind] += t.gzip;
  return { ...sums, total: KINDS.reduce((s, k) => s + sums[k], 0) };
}
