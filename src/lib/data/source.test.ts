import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, openDataFile } from './source.ts';

const BASE = 'http://127.0.0.1/app/';

describe('fetchEarly', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands out a fetch begun early once, for the same file under the same base; then fetches anew', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      asked.push(url.href);
      return Promise.resolve(new Response(`#${asked.length}`));
    });
    fetchEarly(['manifest.json', 'regions.bin'], BASE);
    expect(asked).toEqual([`${BASE}data/manifest.json`, `${BASE}data/regions.bin`]);
    expect(await (await openDataFile('manifest.json', BASE)).text()).toBe('#1');
    expect(await (await openDataFile('manifest.json', BASE)).text()).toBe('#3');
    expect(await (await openDataFile('regions.bin', 'http://127.0.0.1/other/')).text()).toBe('#4');
    expect(await (await openDataFile('regions.bin', BASE)).text()).toBe('#2');
  });

  it('passes an early fetch’s failure to whoever opens the file', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    fetchEarly(['context.bin'], BASE);
    await expect(openDataFile('context.bin', BASE)).rejects.toThrow('offline');
  });
});
