/**
 * Size budgets (KB = 1024 bytes, gzipped): the first view — HTML, JS, CSS, data and fonts requested
 * until the page is ready plus 1 s — within 700 KB, and the control history, which the default view
 * fetches only once it shows, within 800 KB.
 */
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { test } from './fixtures.ts';
import { BUDGET_KB, firstViewBytes, HISTORY_PATH, measureFirstView, watchReady } from './first-view.ts';

const KB = 1024;

test.describe('budget', () => {
  test('the default view shows within 700 KB and asks for the history only after', async ({
    page,
    context,
  }) => {
    await watchReady(context);
    const view = await measureFirstView(page, '/');
    const { total } = firstViewBytes(view);
    const list = view.transfers.map((t) => `${t.path} ${(t.gzip / KB).toFixed(1)} KB`).join('\n');
    assert.ok(
      total <= BUDGET_KB.firstView * KB,
      `first view ${(total / KB).toFixed(1)} KB gzipped:\n${list}`,
    );
    assert.ok(view.transfers.some((t) => t.path === '/data/control-latest.topo.json'));
    const history = view.transfers.find((t) => t.path === HISTORY_PATH);
    assert.ok(history, 'the history is fetched once the view shows');
    assert.ok(history.afterReady, 'the history was asked for before the view showed');
  });

  test('the control history is within 800 KB', async ({ baseURL }) => {
    const body = Buffer.from(await (await fetch(new URL(`data/control.topo.json`, baseURL))).arrayBuffer());
    const kb = zlib.gzipSync(body).length / KB;
    assert.ok(kb <= BUDGET_KB.history, `control.topo.json ${kb.toFixed(1)} KB gzipped`);
  });

  test('the history’s faces are within 1.5 MB', async ({ baseURL }) => {
    const body = Buffer.from(
      await (await fetch(new URL(`data/control-faces.topo.json`, baseURL))).arrayBuffer(),
    );
    const kb = zlib.gzipSync(body).length / KB;
    assert.ok(kb <= BUDGET_KB.faces, `control-faces.topo.json ${kb.toFixed(1)} KB gzipped`);
  });
});
