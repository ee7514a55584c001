import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from './app.svelte.ts';

const BASE = 'https://maps.example.org/';

/** The built data files, served as the app fetches them. */
function serveData() {
  vi.stubGlobal('fetch', async (url: URL) => {
    const file = new URL(`../../../public/${url.pathname.slice(1)}`, import.meta.url);
    return new Response(await readFile(file));
  });
}

/** Loads the data; resolves once it is in (the map, which would show it, is not part of this). */
const dataIn = (app: AppState) =>
  new Promise<void>((resolve, reject) => {
    void app.load(BASE, { onData: resolve }).then(() => app.loadError && reject(app.loadError));
  });

afterEach(() => vi.unstubAllGlobals());

describe('AppState.setDate', () => {
  it('keeps a date asked for before the data is in, over the URL’s', async () => {
    serveData();
    const app = new AppState('?scenario=controlled&date=2024-06-01');
    app.setDate('2023-03-01');
    await dataIn(app);
    expect(app.view?.date).toBe('2023-03-01');
  });

  it('snaps a date into the data once it is in', async () => {
    serveData();
    const app = new AppState('');
    await dataIn(app);
    const latest = app.dates.at(-1);
    app.setDate('2099-01-01');
    expect(app.view?.date).toBe(latest);
    expect(app.notices).toEqual([{ kind: 'date-snapped', value: '2099-01-01', to: latest }]);
  });

  it('answers the notices about the last date, and keeps the link’s others', async () => {
    serveData();
    const app = new AppState('?date=2099-01-01&lang=xx&custom=bad');
    await dataIn(app);
    const kinds = () => app.notices.map((n) => ('param' in n ? n.param : n.kind)).sort();
    expect(kinds()).toEqual(['custom', 'date-snapped', 'lang']);
    app.setDate('2024-06-01');
    expect(kinds()).toEqual(['custom', 'lang']);
    app.setDate('2020-01-01');
    expect(kinds()).toEqual(['custom', 'date-snapped', 'lang']);
  });
});
