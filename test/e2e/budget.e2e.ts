/**
 * Size budgets (KB = 1024 bytes, as served gzipped; see first-view.ts): the full page's first view
 * until ready, an embed left alone after ready, the history file, and all of public/data. Sizes are
 * exact, so they are asserted; times are reported by `npm run bench`, not here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from './fixtures.ts';
import {
  BUDGET_KB,
  EMBED_IDLE_MS,
  firstViewBytes,
  HISTORY_PATH,
  LATEST_PATH,
  measureFirstView,
  servedSize,
  watchReady,
  type FirstView,
} from './first-view.ts';

const KB = 1024;
const list = (view: FirstView) =>
  view.transfers
    .map((t) => `${t.path} ${(t.gzip / KB).toFixed(1)} KB${t.afterReady ? ' (after ready)' : ''}`)
    .join('\n');

test.describe('budget', () => {
  test(`the full page's first view is within ${BUDGET_KB.firstView} KB, and the history comes after`, async ({
    page,
    context,
  }) => {
    await watchReady(context);
    const view = await measureFirstView(page, '/', 3000);
    const { total } = firstViewBytes(view);
    assert.ok(total <= BUDGET_KB.firstView * KB, `first view ${(total / KB).toFixed(1)} KB:\n${list(view)}`);
    assert.ok(
      view.transfers.some((t) => t.path === LATEST_PATH && !t.afterReady),
      list(view),
    );
    const history = view.transfers.find((t) => t.path === HISTORY_PATH);
    assert.ok(history, `the full page fetches the history once idle:\n${list(view)}`);
    assert.ok(history.afterReady, 'the history was asked for before the view showed');
  });

  test(`an embed left alone moves at most ${BUDGET_KB.embedIdle} KB, and the history only when asked`, async ({
    page,
    context,
  }) => {
    await watchReady(context);
    const view = await measureFirstView(page, '/?embed=1', EMBED_IDLE_MS);
    const all = view.transfers.reduce((s, t) => s + t.gzip, 0);
    assert.ok(
      all <= BUDGET_KB.embedIdle * KB,
      `embed, ready + 8 s: ${(all / KB).toFixed(1)} KB:\n${list(view)}`,
    );
    assert.ok(!view.transfers.some((t) => t.path === HISTORY_PATH), `an idle embed fetched the history`);
    for (const later of ['/data/areas.json', '/data/settlements.json'])
      assert.ok(!view.transfers.some((t) => t.path === later), `an idle embed fetched ${later}`);
    const asked = page.waitForRequest((r) => new URL(r.url()).pathname === HISTORY_PATH);
    await page.getByTestId('date-slider').focus();
    await asked;
  });

  test(`the history is within ${BUDGET_KB.history} KB gzipped and ${BUDGET_KB.historyBr} KB Brotli`, async ({
    baseURL,
  }) => {
    const url = new URL(`.${HISTORY_PATH}`, baseURL).href;
    const gz = (await servedSize(url, 'gzip')) / KB;
    const br = (await servedSize(url, 'br')) / KB;
    assert.ok(gz <= BUDGET_KB.history, `history.bin ${gz.toFixed(1)} KB gzipped`);
    assert.ok(br <= BUDGET_KB.historyBr, `history.bin ${br.toFixed(1)} KB Brotli`);
  });

  test(`all of public/data is within ${BUDGET_KB.data} KB gzipped`, async ({ baseURL }) => {
    const files = fs.readdirSync('dist/data').filter((f) => !/\.(gz|br)$/.test(f));
    const sizes = await Promise.all(files.map((f) => servedSize(new URL(`data/${f}`, baseURL).href, 'gzip')));
    const total = sizes.reduce((a, b) => a + b, 0) / KB;
    const each = files.map((f, i) => `${f} ${(sizes[i] / KB).toFixed(1)} KB`).join('\n');
    assert.ok(total <= BUDGET_KB.data, `public/data ${total.toFixed(1)} KB gzipped:\n${each}`);
  });
});
