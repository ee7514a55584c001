/**
 * `npm run bench`: performance of the built app in headless Chromium (SwiftShader WebGL), against a
 * bare MapLibre page with the same style and data. Writes bench/report.json and prints a table.
 *   --runs N          page loads per first-view measurement (default 5); date steps and scenario
 *                     switches are measured 6 N times, each from a page left quiet for REST_MS
 *   --play-seconds S  longest a play may run before it is paused (default 150; a whole play is ≈ 30 s
 *                     where pictures are cheap, longer where the play slows down to keep the page live)
 *   --data            also time one run of the data pipeline (≈ 2–3 min on 2 cores); sizes are always read
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
import { firstViewBytes, isBackgroundHistory, readyMs, type FirstView } from '../test/e2e/first-view.ts';
import { formatDate } from '../src/lib/i18n/index.ts';
import type { Manifest } from '../src/lib/data/types.ts';
import {
  firstView,
  freshPage,
  heapMB,
  playFromStart,
  timeKey,
  webglRenderer,
  type Latency,
} from './browser.ts';
import { decodeTimes, outputSizes, timePipeline } from './outputs.ts';
import { timeUpdates } from './update.ts';
import { stats } from './stats.ts';
import { printReport, type PageView, type Report } from './print.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BARE_OUT = 'bench/bare/dist';
const FRAME_MS = 1000 / 60;
process.chdir(ROOT);

const log = (m: string) => console.log(`bench: ${m}`);

/** Builds the bare MapLibre page, with public/ (the data) copied beside it. */
async function buildBare(): Promise<void> {
  await build({
    configFile: false,
    root: path.join(ROOT, 'bench/bare'),
    base: './',
    publicDir: path.join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      outDir: path.join(ROOT, BARE_OUT),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  });
}

/** One page's first views over the runs. */
function pageView(views: FirstView[]): PageView {
  const history = views[0].transfers.filter(isBackgroundHistory);
  return {
    readyMs: stats(views.map((v) => v.readyMs)),
    bytes: views.map(firstViewBytes),
    historyKb: history.length ? history.reduce((s, t) => s + t.gzip, 0) / 1024 : null,
    requests: views[0].transfers,
  };
}

/** Loads the app, the app with ?embed=1 and the bare page in turn, `runs` times, each in a fresh context. */
async function firstViews(browser: Browser, app: string, bare: string, runs: number) {
  const views: Record<keyof Report['firstView'], FirstView[]> = { app: [], embed: [], bare: [] };
  let box = { width: 0, height: 0 };
  let renderer = '';
  for (let i = 0; i < runs; i++) {
    log(`first view, run ${i + 1} of ${runs}`);
    const a = await firstView(browser, app, async (page) => {
      box = (await page.locator('.map').boundingBox()) ?? box;
      renderer = await webglRenderer(page);
    });
    views.app.push(a.view);
    views.embed.push((await firstView(browser, `${app}?embed=1`)).view);
    const size = `w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
    views.bare.push((await firstView(browser, `${bare}?${size}`)).view);
  }
  const ratios = views.app.map((v, i) => v.readyMs / views.bare[i].readyMs);
  return {
    views: { app: pageView(views.app), embed: pageView(views.embed), bare: pageView(views.bare) },
    ratio: stats(ratios),
    box,
    renderer,
  };
}

/**
 * Rest before each timed key: a reader's single step starts from a quiet page. Back to back, a step
 * would also pay for the last one's picture still being read back, which is what play measures.
 */
const REST_MS = 300;

async function interactions(browser: Browser, app: string, dates: string[], n: number) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(app);
    await readyMs(page);
    const last = dates.length - 1;
    await page.getByTestId('date-slider').focus();
    // The first step waits for the history, which the app fetches once the first view shows.
    const first = await timeKey(page, 'ArrowLeft', {
      caption: formatDate(dates[last - 1], 'en'),
      date: dates[last - 1],
    });
    // Later steps are timed once the faces are in, which is how a reader steps after the first seconds.
    await page.locator('[data-date-steps="faces"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000); // the faces' decoding and its garbage collection
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
    return { first, steps, switches };
  } finally {
    await context.close();
  }
}

async function playing(browser: Browser, app: string, firstDate: string, capMs: number) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${app}?date=${firstDate}`);
    await readyMs(page);
    await page.locator('[data-date-steps="faces"]').waitFor({ timeout: 120_000 });
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
      runs: { type: 'string', default: '5' },
      'play-seconds': { type: 'string', default: '150' },
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
    log('date steps and scenario switches');
    const ui = await interactions(browser, app.url, manifest.dates, 6 * runs);
    const play = await playing(browser, app.url, manifest.dates[0], 1000 * Number(values['play-seconds']));
    await browser.close();
    browser = undefined;

    let pipelineS = null;
    let updateS = null;
    let files = outputSizes('dist/data');
    let decodeMs = decodeTimes('dist/data');
    if (values.data) {
      log('timing the data pipeline (one full build, then updates adding one and three days)');
      pipelineS = await timePipeline(1, async (out) => {
        files = outputSizes(out);
        decodeMs = decodeTimes(out);
        updateS = await timeUpdates(out);
      });
    }
    const mapFrames = ui.steps.map((s) => s.mapMs / FRAME_MS);
    const report: Report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? '?',
        node: process.version,
        chromium,
        webgl: fv.renderer,
        viewport: '1280×800',
        mapBox: `${Math.round(fv.box.width)}×${Math.round(fv.box.height)}`,
      },
      runs,
      firstView: fv.views,
      readyRatio: fv.ratio,
      dateStep: {
        firstMs: ui.first,
        tableMs: stats(ui.steps.map((s) => s.tableMs)),
        mapMs: stats(ui.steps.map((s) => s.mapMs)),
        mapFrames: stats(mapFrames),
        screenMs: stats(ui.steps.map((s) => s.screenMs)),
      },
      scenario: {
        tableMs: stats(ui.switches.map((s) => s.tableMs)),
        mapMs: stats(ui.switches.map((s) => s.mapMs)),
        screenMs: stats(ui.switches.map((s) => s.screenMs)),
      },
      play: {
        fps: stats(play.plays.flatMap((p) => p.perSecond)),
        seconds: play.plays.map((p) => p.seconds),
        overallFps: play.plays.map((p) => p.frames / p.seconds),
        picturesPerSecond: play.plays.map((p) => p.pictures / p.seconds),
        longestFrameMs: play.plays.map((p) => p.longestFrameMs),
        reached: play.plays.map((p) => p.reached / (manifest.dates.length - 1)),
      },
      heap: { ...play.heap, ratio: play.heap.afterTwiceMB / play.heap.afterOnceMB },
      data: { files, decodeMs, pipelineS, updateS },
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
