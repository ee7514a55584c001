/**
 * The bench's measurements in headless Chromium. Every page gets a fresh browser context (empty cache)
 * of 1280×800. Latencies are timed inside the page, from the key event's timestamp to the DOM change
 * (a MutationObserver), so the harness's own round trips do not count.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { measureFirstView, watchReady, type FirstView } from '../test/e2e/first-view.ts';
import { HISTORY_IN } from '../test/e2e/map-helpers.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Counts the frames the page draws with WebGL, in the page: a frame is a task in which draw calls
 * were made (MapLibre draws each frame within one animation-frame callback), noted by its time in
 * `window.__glFrames`. Patching the context's prototype sees every map, without reaching into the app.
 */
function countGlFrames(): void {
  const w = window as unknown as { __glFrames: number[] };
  w.__glFrames = [];
  let drawing = false;
  const protos = [globalThis.WebGLRenderingContext, globalThis.WebGL2RenderingContext].flatMap((c) =>
    c ? [c.prototype] : [],
  );
  for (const proto of protos)
    for (const name of ['drawElements', 'drawArrays'] as const) {
      const original = proto[name] as (...args: unknown[]) => void;
      (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        if (!drawing) {
          drawing = true;
          w.__glFrames.push(performance.now());
          queueMicrotask(() => (drawing = false));
        }
        return original.apply(this, args);
      };
    }
}

/** A fresh context and page that note when they become ready and count the frames they draw. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames, which wraps named functions in the code below in calls to
  // a `__name` helper; the functions run in the page, where that helper must exist too.
  await context.addInitScript('window.__name = (f) => f;');
  await context.addInitScript(countGlFrames);
  await watchReady(context);
  return { context, page: await context.newPage() };
}

/**
 * Loads `url` in a fresh page and measures its first view, counting what it moves until `settleMs`
 * after ready; `inspect` may look at the page before it closes.
 */
export async function firstView<T = void>(
  browser: Browser,
  url: string,
  settleMs: number,
  inspect?: (page: Page) => Promise<T>,
): Promise<{ view: FirstView; extra: T | undefined }> {
  const { context, page } = await freshPage(browser);
  try {
    const view = await measureFirstView(page, url, settleMs);
    return { view, extra: inspect ? await inspect(page) : undefined };
  } finally {
    await context.close();
  }
}

/**
 * ms the page took to decode history.bin into what the map draws from: the app's own
 * `performance.measure('history-decode')` (lib/data/load.ts), once the history is in.
 */
export async function historyDecodeMs(page: Page): Promise<number> {
  await page.locator(HISTORY_IN).waitFor({ timeout: 120_000 });
  return page.evaluate(() => {
    const entry = performance
      .getEntriesByName('history-decode')
      .find((e) => (e as PerformanceMeasure).detail?.file === 'history.bin');
    if (!entry) throw new Error('no history-decode measure for history.bin');
    return entry.duration;
  });
}

/**
 * ms a change of the buffer zone's width takes, when the app has one: the reader's step on its
 * width control (`data-testid="zone-width"`) until the map container's `data-zone-km` changes, then
 * the app's own `performance.measure('zone-width')` of that change. Null where the app has no zone.
 */
export async function zoneWidthMs(page: Page): Promise<number | null> {
  const control = page.getByTestId('zone-width');
  const zone = page.locator('[data-zone-km]').first();
  if (!(await control.count()) || !(await zone.count())) return null;
  const before = await zone.getAttribute('data-zone-km');
  const seen = await page.evaluate(() => performance.getEntriesByName('zone-width').length);
  // The testid names the control's box: the keyboard moves the range input inside it.
  await control.locator('input[type="range"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    ([km, n]) =>
      document.querySelector('[data-zone-km]')?.getAttribute('data-zone-km') !== km &&
      performance.getEntriesByName('zone-width').length > Number(n),
    [before, String(seen)],
    { timeout: 30_000 },
  );
  return page.evaluate(() => performance.getEntriesByName('zone-width').at(-1)!.duration);
}

/** What a keypress is expected to change: text in the table caption, and the date the map draws. */
export interface Expect {
  caption: string;
  date: string;
}

/** ms from a key event until the table and, after a redraw, the map on screen show what `expect` says. */
export interface Latency {
  tableMs: number;
  /** Until MapLibre has drawn the change (its JavaScript and the GL calls issued). */
  mapMs: number;
  /** Until the frame after, when the picture is on screen (the renderer has run the GL calls). */
  screenMs: number;
  /** Frames the map drew from the key to `mapMs`: 1 when the change is a repaint alone. */
  frames: number;
}

/** Presses `key` on the focused element and times the table and the map inside the page. */
export async function timeKey(page: Page, key: string, expect: Expect): Promise<Latency> {
  await page.evaluate(({ caption, date }) => {
    const w = window as unknown as { __step: Promise<Latency> };
    w.__step = new Promise((resolve) => {
      const panel = document.querySelector<HTMLElement>('.map-panel')!;
      const tableCaption = document.querySelector('[data-testid="area-table"] caption')!;
      let t0 = -1;
      let table = -1;
      let map = -1;
      let screen = -1;
      let redrawing = false;
      const check = () => {
        if (t0 < 0) return;
        const now = performance.now();
        if (table < 0 && tableCaption.textContent!.includes(caption)) table = now - t0;
        // The map empties data-shown-date while it draws a change, then writes the date it drew.
        if (panel.dataset.shownDate === '') redrawing = true;
        if (map < 0 && redrawing && panel.dataset.shownDate === date) {
          map = now - t0;
          // MapLibre has drawn the date; the canvas reaches the screen as the next frame begins. With
          // software compositing the page waits there for the renderer to finish the picture.
          requestAnimationFrame(() => {
            screen = performance.now() - t0;
            check();
          });
        }
        if (table >= 0 && screen >= 0) {
          observer.disconnect();
          const frames = (window as unknown as { __glFrames: number[] }).__glFrames;
          const drawn = frames.filter((t) => t >= t0 && t <= t0 + map).length;
          resolve({ tableMs: table, mapMs: map, screenMs: screen, frames: drawn });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.querySelector('main')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      document.addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
    });
  }, expect);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __step: Promise<Latency> }).__step);
}

/** Frame timing over one play from the first date. */
export interface Play {
  seconds: number;
  frames: number;
  /** Frames in each whole second of the play. */
  perSecond: number[];
  /** Longest gap between two frames, ms. */
  longestFrameMs: number;
  /** Date index the play reached: the last one unless it was stopped at the cap. */
  reached: number;
  /** Dates the map drew during the play. */
  pictures: number;
}

/** What the page records of a play: its start and end, every frame's time, and the dates drawn. */
interface PlayRecord {
  start: number;
  end: number;
  frames: number[];
  pictures: number;
}
type PlayWindow = { __play: Promise<PlayRecord> };

/**
 * Goes to the first date, presses play and records every animation frame until the play stops by
 * itself at the last date, or until `capMs`, when it is paused (a play the software renderer slows
 * to a crawl would otherwise take minutes).
 */
export async function playFromStart(page: Page, capMs: number): Promise<Play> {
  const slider = page.getByTestId('date-slider');
  if ((await slider.inputValue()) !== '0') {
    await slider.focus();
    await page.keyboard.press('Home');
  }
  await page.evaluate(() => {
    const w = window as unknown as PlayWindow;
    const button = document.querySelector<HTMLButtonElement>('button.play')!;
    w.__play = new Promise((resolve) => {
      const frames: number[] = [];
      let start = -1;
      let pictures = 0;
      const panel = document.querySelector<HTMLElement>('.map-panel')!;
      const drawn = new MutationObserver(() => {
        if (start >= 0 && panel.dataset.shownDate) pictures++;
      });
      drawn.observe(panel, { attributes: true, attributeFilter: ['data-shown-date'] });
      const tick = (t: number) => {
        if (start >= 0) frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      button.addEventListener('click', (e) => (start = e.timeStamp), { once: true });
      new MutationObserver((_, observer) => {
        if (start < 0 || button.getAttribute('aria-pressed') !== 'false') return;
        observer.disconnect();
        drawn.disconnect();
        resolve({ start, end: performance.now(), frames, pictures });
      }).observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
    });
  });
  const play = page.locator('button.play');
  await play.click();
  const stopped = page.evaluate(() => (window as unknown as PlayWindow).__play);
  const capped = await Promise.race([
    stopped.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), capMs)),
  ]);
  if (capped) await play.click();
  const { start, end, frames, pictures } = await stopped;
  const inPlay = frames.filter((t) => t <= end);
  const perSecond: number[] = [];
  for (let s = start; s + 1000 <= end; s += 1000)
    perSecond.push(inPlay.filter((t) => t >= s && t < s + 1000).length);
  const gaps = inPlay.slice(1).map((t, i) => t - inPlay[i]);
  return {
    seconds: (end - start) / 1000,
    frames: inPlay.length,
    perSecond,
    longestFrameMs: Math.max(0, ...gaps),
    reached: Number(await slider.inputValue()),
    pictures,
  };
}

/** JS heap in use after a full garbage collection, MB. */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** The WebGL renderer Chromium reports (SwiftShader when drawing in software). */
export async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'no WebGL';
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
}
