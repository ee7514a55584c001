/**
 * `npm run bench`: performance of the built app in headless Chromium (SwiftShader WebGL), against a
 * bare MapLibre page with the same style and first-view data, measured in the same run. Writes
 * bench/report.json and prints a table; bench/README.md says what each figure means.
 *   --runs N          page loads of each page (default 3); date steps and scenario switches are
 *                     measured 4 N times each, every one from a page left quiet for REST_MS
 *   --play-seconds S  longest each of the two plays may run before it is paused (default 60): the
 *                     rate of dates drawn needs no whole play where the renderer is slow
 *   --data            also time one run of the data pipeline and its updates (≈ 3 min on 2 cores)
 * Builds dist/ with `npm run build` when it is missing; otherwise measures dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser.ts';
import { startPreview, type Preview } from '../test/e2e/preview.ts';
import { EMBED_IDLE_MS, readyMs, type FirstView } from '../test/e2e/first-view.ts';
import { precompress } from '../data/precompress.ts';
import { HISTORY_IN } from '../test/e2e/map-helpers.ts';
import { formatDate } from '../src/lib/i18n/index.ts';
import type { Manifest } from '../src/lib/data/types.ts';
import {
  firstView,
  freshPage,
  heapMB,
  historyDecodeMs,
  playFromStart,
  timeKey,
  webglRenderer,
  zoneWidthMs,
  type Latency,
} from './browser.ts';
import { decodeTimes, outputSizes, timePipeline } from './outputs.ts';
import { servedData } from './served.ts';
import { timeUpdates } from './update.ts';
import { stats } from './stats.ts';
import { printReport, type Report } from './print.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BARE_OUT = 'bench/bare/dist';
/** What a first view counts after ready, as the budget test does; an embed is left alone longer. */
const SETTLE_MS = 1000;
process.chdir(ROOT);

const log = (m: string) => console.log(`bench: ${m}`);

/** Builds the bare MapLibre page, with public/ (the data) copied beside it and precompressed as the app's. */
async function buildBare(): Promise<void> {
  await build({
    configFile: false,
    root: path.join(ROOT, 'bench/bare'),
    base: './',
    publicDir: path.join(ROOT, 'public'),
    logLevel: 'warn',
    plugins: [precompress()],
    build: {
      outDir: path.join(ROOT, BARE_OUT),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  });
}

/**
 * Loads the app, the app with ?embed=1 (left alone EMBED_IDLE_MS after ready) and the bare page in
 * turn, `runs` times, each in a fresh context; in the app, also waits for the history it fetches
 * once idle and reads how long decoding it took.
 */
async function firstViews(browser: Browser, app: string, bare: string, runs: number) {
  const views: Record<'app' | 'embed' | 'bare', FirstView[]> = { app: [], embed: [], bare: [] };
  const decodeMs: number[] = [];
  let box = { width: 0, height: 0 };
  let renderer = '';
  for (let i = 0; i < runs; i++) {
    log(`first views, run ${i + 1} of ${runs}`);
    const a = await firstView(browser, app, SETTLE_MS, async (page) => {
      box = (await page.locator('.map').boundingBox()) ?? box;
      renderer = await webglRenderer(page);
      return historyDecodeMs(page);
    });
    views.app.push(a.view);
    decodeMs.push(a.extra!);
    views.embed.push((await firstView(browser, `${app}?embed=1`, EMBED_IDLE_MS)).view);
    const size = `w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
    views.bare.push((await firstView(browser, `${bare}?${size}`, SETTLE_MS)).view);
  }
  return { views, decodeMs, box, renderer };
}

/**
 * Rest before each timed key: a reader's single step starts from a quiet page. Back to back, a step
 * would also pay for the last one's picture still being read back, which is what play measures.
 */
const REST_MS = 300;

/** Date steps, then scenario switches, then a change of the buffer zone's width (where there is one). */
async function interactions(browser: Browser, app: string, dates: string[], n: number) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(app);
    await readyMs(page);
    const last = dates.length - 1;
    await page.getByTestId('date-slider').focus();
    // The first step may wait for the history, which focus on the date controls asks for.
    const first = await timeKey(page, 'ArrowLeft', {
      caption: formatDate(dates[last - 1], 'en'),
      date: dates[last - 1],
    });
    await page.locator(HISTORY_IN).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000); // the decoding's garbage collection
    const steps: Latency[] = [];
    for (let k = 2; k < n + 2; k++) {
      const date = dates[last - k];
      await page.waitForTimeout(REST_MS);
      steps.push(await timeKey(page, 'ArrowLeft', { caption: formatDate(date, 'en'), date }));
    }
    const date = dates[last - n - 1];
    // Between the first two stops: both follow the date slider, so a switch moves no date.
    const title = (id: string) =>
      (JSON.parse(fs.readFileSync(`data/scenarios/${id}.json`, 'utf8')) as { title: { en: string } }).title
        .en;
    await page.getByTestId('scenario-slider').focus();
    const switches: Latency[] = [];
    for (let k = 0; k < n; k++) {
      const [key, to] = k % 2 === 0 ? ['ArrowLeft', 'borders-1991'] : ['ArrowRight', 'controlled'];
      await page.waitForTimeout(REST_MS);
      switches.push(await timeKey(page, key, { caption: `${title(to)}.`, date }));
    }
    // The buffer zone is a scenario of its own: opened by link, its first strip drawn, when the app has it.
    await page.goto(`${app}?scenario=buffer-zone`);
    await readyMs(page);
    const hasZone = await page
      .locator('[data-zone-km]')
      .first()
      .waitFor({ timeout: 60_000 })
      .then(
        () => true,
        () => false,
      );
    const zone: number[] = [];
    for (let k = 0; k < (hasZone ? n : 0); k++) {
      await page.waitForTimeout(REST_MS);
      const ms = await zoneWidthMs(page);
      if (ms === null) break;
      zone.push(ms);
    }
    return { first, steps, switches, zone };
  } finally {
    await context.close();
  }
}

/** Two plays of the whole history from its first date, with the JS heap before and after each. */
async function playing(browser: Browser, app: string, firstDate: string, capMs: number) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${app}?date=${firstDate}`);
    await readyMs(page);
    await page.locator(HISTORY_IN).waitFor({ timeout: 120_000 });
    const ready = await heapMB(page);
    log('playing the history (1 of 2)');
    const once = await playFromStart(page, capMs);
    const afterOnce = await heapMB(page);
    log('playing the history (2 of 2)');
    const twice = await playFromStart(page, capMs);
    const afterTwice = await heapMB(page);
    return {
      plays: [once, twice],
      heap: { readyMB: ready, afterOnceMB: afterOnce, afterTwiceMB: afterTwice },
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'play-seconds': { type: 'string', default: '60' },
      data: { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const started = performance.now();
  if (!fs.existsSync('dist/index.html')) {
    log('dist/ missing: npm run build');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
      throw new Error('build failed');
  }
  log('building the bare MapLibre page');
  await buildBare();
  const manifest = JSON.parse(fs.readFileSync('dist/data/manifest.json', 'utf8')) as Manifest;

  let app: Preview | undefined;
  let bare: Preview | undefined;
  let browser: Browser | undefined;
  try {
    app = await startPreview('dist');
    bare = await startPreview(BARE_OUT);
    browser = await launchBrowser();
    const chromium = browser.version();
    const fv = await firstViews(browser, app.url, bare.url, runs);
    log('date steps, scenario switches, buffer zone');
    const ui = await interactions(browser, app.url, manifest.dates, 4 * runs);
    const play = await playing(browser, app.url, manifest.dates[0], 1000 * Number(values['play-seconds']));
    await browser.close();
    browser = undefined;
    const served = await servedData(app.url, 'dist/data');

    let pipeline = null;
    if (values.data) {
      log('timing the data pipeline (one full build, then updates adding one and three days)');
      let files = outputSizes('dist/data');
      let updateS = { oneDayS: 0, threeDaysS: 0 };
      const seconds = await timePipeline(1, async (out) => {
        files = outputSizes(out);
        updateS = await timeUpdates(out);
      });
      pipeline = { seconds, updateS, files };
    }
    const report: Report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? '?',
        load: os.loadavg()[0].toFixed(1),
        node: process.version,
        chromium,
        webgl: fv.renderer,
        viewport: '1280×800',
        mapBox: `${Math.round(fv.box.width)}×${Math.round(fv.box.height)}`,
      },
      runs,
      firstView: fv.views,
      historyDecodeMs: stats(fv.decodeMs),
      historyDecodeNodeMs: decodeTimes('dist/data'),
      dateStep: { first: ui.first, steps: ui.steps },
      scenario: ui.switches,
      zoneWidthMs: ui.zone.length ? stats(ui.zone) : null,
      play: play.plays,
      datesInHistory: manifest.dates.length,
      heap: play.heap,
      served,
      pipeline,
      seconds: (performance.now() - started) / 1000,
    };
    fs.writeFileSync('bench/report.json', `${JSON.stringify(report, null, 1)}\n`);
    printReport(report);
    log(`wrote bench/report.json in ${report.seconds.toFixed(0)} s`);
  } finally {
    await browser?.close().catch(() => {});
    app?.stop();
    bare?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
