import assert from 'node:assert/strict';
import { offsiteRequests, test } from './fixtures.ts';

test.describe('smoke', () => {
  test('page loads with no console errors and no off-site requests', async ({ page, requests }) => {
    const res = await page.goto('/', { waitUntil: 'load' });
    assert.equal(res?.status(), 200);
    assert.ok((await page.title()).length > 0, 'page has a title');
    await page.waitForTimeout(1000); // let late scripts and fetches run before the fixture checks errors
    assert.deepEqual(offsiteRequests(requests), []);
  });
});
