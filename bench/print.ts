/** The bench report's shape and its printed table, with each target and budget checked. */
import { BUDGET_KB, firstViewBytes, KINDS, type FirstView } from '../test/e2e/first-view.ts';
import type { Latency, Play } from './browser.ts';
import type { OutputFile } from './outputs.ts';
import type { ServedFile } from './served.ts';
import { stats, type Stats } from './stats.ts';

/** The targets of issue 17 beside the size budgets (first-view.ts). */
export const TARGETS = {
  /** The app's time to ready over the bare MapLibre page's, per run. */
  readyRatio: 1.15,
  /** Decoding history.bin in Chromium, ms. */
  decodeMs: 150,
  /** Frames MapLibre draws for one scenario switch (or one date step): a repaint alone. */
  frames: 1,
  /** Dates the map draws per second while playing the whole history, and frames per second. */
  datesPerSecond: 5,
  playFps: 30,
  /** A change of the buffer zone's width, ms. */
  zoneMs: 1000,
};

export interface Report {
  date: string;
  machine: Record<string, string | number>;
  runs: number;
  /** Every run's first view of each page: ready time and every transfer. */
  firstView: Record<'app' | 'embed' | 'bare', FirstView[]>;
  historyDecodeMs: Stats;
  historyDecodeNodeMs: Stats;
  /** The first step (which may wait for the history), then steps with the history in. */
  dateStep: { first: Latency; steps: Latency[] };
  scenario: Latency[];
  /** Null where the app has no buffer zone to change. */
  zoneWidthMs: Stats | null;
  play: Play[];
  datesInHistory: number;
  heap: { readyMB: number; afterOnceMB: number; afterTwiceMB: number };
  /** dist/data as served. */
  served: ServedFile[];
  /** With --data: one pipeline run, the updates, and its output's sizes (zlib's, not served). */
  pipeline: { seconds: Stats; updateS: { oneDayS: number; threeDaysS: number }; files: OutputFile[] } | null;
  seconds: number;
}

const KB = 1024;
const f = (x: number, digits = 0) => x.toFixed(digits);
const check = (ok: boolean, text: string) => `${ok ? 'ok' : 'MISSED'}: ${text}`;
/** `x` against its most, e.g. `ok: ≤ 150 ms`. */
const within = (x: number, max: number, unit: string) => check(x <= max, `≤ ${max} ${unit}`);

/** A measured row: median, min, max, samples, unit, a check. */
const row = (name: string, s: Stats, unit: string, digits = 0, note = '') =>
  [
    name.padEnd(46),
    ...[s.median, s.min, s.max].map((x) => f(x, digits).padStart(9)),
    String(s.n).padStart(4),
    `  ${unit.padEnd(7)}${note}`,
  ].join('');
/** A row of single values, written out. */
const text = (name: string, value: string) => `${name.padEnd(46)}${value}`;
const list = (xs: number[], digits = 0) => xs.map((x) => f(x, digits)).join(' / ');

function firstViewRows(r: Report): string[] {
  const lines: string[] = [];
  const labels = { app: 'full page', embed: '?embed=1', bare: 'bare MapLibre' } as const;
  for (const page of ['app', 'embed', 'bare'] as const) {
    const bytes = r.firstView[page].map(firstViewBytes);
    for (const k of [...KINDS, 'total'] as const) {
      const s = stats(bytes.map((b) => b[k] / KB));
      if (s.max === 0) continue;
      const note = k === 'total' && page === 'app' ? within(s.max, BUDGET_KB.firstView, 'KB') : '';
      lines.push(row(`first view until ready, ${labels[page]}: ${k}`, s, 'KB gz', 1, note));
    }
  }
  const idle = stats(r.firstView.embed.map((v) => v.transfers.reduce((s, t) => s + t.gzip, 0) / KB));
  const idleNote = within(idle.max, BUDGET_KB.embedIdle, 'KB');
  lines.push(row('embed left alone 8 s after ready: everything', idle, 'KB gz', 1, idleNote));
  for (const page of ['app', 'embed', 'bare'] as const)
    lines.push(
      row(`navigation → ready, ${labels[page]}`, stats(r.firstView[page].map((v) => v.readyMs)), 'ms'),
    );
  const ratio = (page: 'app' | 'embed') =>
    stats(r.firstView[page].map((v, i) => v.readyMs / r.firstView.bare[i].readyMs));
  const app = ratio('app');
  lines.push(
    row('ready, full page ÷ bare, per run', app, '×', 2, within(app.median, TARGETS.readyRatio, '×, median')),
  );
  lines.push(row('ready, embed ÷ bare, per run', ratio('embed'), '×', 2));
  return lines;
}

function interactionRows(r: Report): string[] {
  const lines: string[] = [];
  const { first, steps } = r.dateStep;
  lines.push(
    text(
      'date step, first (may wait for the history)',
      `table ${f(first.tableMs)} ms, map drawn ${f(first.mapMs)} ms, ${first.frames} frame(s)`,
    ),
  );
  for (const [name, xs] of [
    ['date step', steps],
    ['scenario switch', r.scenario],
  ] as const) {
    lines.push(row(`${name}: table`, stats(xs.map((s) => s.tableMs)), 'ms', 1));
    lines.push(row(`${name}: map drawn`, stats(xs.map((s) => s.mapMs)), 'ms'));
    lines.push(row(`${name}: map on screen`, stats(xs.map((s) => s.screenMs)), 'ms'));
    const frames = stats(xs.map((s) => s.frames));
    const note = within(frames.max, TARGETS.frames, 'each');
    lines.push(row(`${name}: frames drawn`, frames, 'frames', 0, note));
  }
  const z = r.zoneWidthMs;
  lines.push(
    z
      ? row('buffer zone: width change', z, 'ms', 0, within(z.median, TARGETS.zoneMs, 'ms'))
      : text('buffer zone: width change', 'n/a (the app has no zone-width control)'),
  );
  return lines;
}

function playRows(r: Report): string[] {
  const fps = stats(r.play.flatMap((p) => p.perSecond));
  const rate = r.play.map((p) => p.pictures / p.seconds);
  const reached = r.play.map((p) => (100 * p.reached) / (r.datesInHistory - 1));
  const h = r.heap;
  return [
    row(
      'playing: frames per second, 1 s windows',
      fps,
      'fps',
      0,
      check(fps.median >= TARGETS.playFps, `≥ ${TARGETS.playFps}`),
    ),
    text(
      'playing: dates drawn per second, each play',
      `${list(rate, 1)}  ${check(Math.min(...rate) >= TARGETS.datesPerSecond, `≥ ${TARGETS.datesPerSecond}`)}`,
    ),
    text(
      'playing: each play',
      `${list(
        r.play.map((p) => p.seconds),
        1,
      )} s, ${list(reached)} % of the dates ` +
        `(${list(r.play.map((p) => p.reached / p.seconds))} days of the history a second), ` +
        `longest frame ${list(r.play.map((p) => p.longestFrameMs))} ms`,
    ),
    text(
      'JS heap after GC: ready / 1 play / 2 plays',
      `${list([h.readyMB, h.afterOnceMB, h.afterTwiceMB], 1)} MB`,
    ),
  ];
}

function dataRows(r: Report): string[] {
  const lines = [
    row(
      'decode history.bin in Chromium',
      r.historyDecodeMs,
      'ms',
      0,
      within(r.historyDecodeMs.median, TARGETS.decodeMs, 'ms'),
    ),
    row('decode history.bin in node', r.historyDecodeNodeMs, 'ms'),
  ];
  const history = r.served.find((s) => s.name === 'history.bin');
  if (history)
    lines.push(
      text(
        'history.bin as served',
        `${f(history.gzip / KB, 1)} KB gz ${within(history.gzip / KB, BUDGET_KB.history, 'KB')}; ` +
          `${f(history.br / KB, 1)} KB br ${within(history.br / KB, BUDGET_KB.historyBr, 'KB')}`,
      ),
    );
  const total = r.served.reduce((s, x) => s + x.gzip, 0) / KB;
  lines.push(
    text('public/data as served, all files', `${f(total, 1)} KB gz ${within(total, BUDGET_KB.data, 'KB')}`),
  );
  for (const s of r.served)
    lines.push(
      text(
        `  ${s.name}`,
        `${f(s.bytes / KB).padStart(7)} KB raw ${f(s.gzip / KB, 1).padStart(7)} KB gz ${f(s.br / KB, 1).padStart(7)} KB br`,
      ),
    );
  const p = r.pipeline;
  if (p) {
    lines.push(row('data pipeline, full build', p.seconds, 's', 1));
    lines.push(
      text(
        'update adding 1 day / 3 days',
        `${f(p.updateS.oneDayS, 1)} / ${f(p.updateS.threeDaysS, 1)} s; ` +
          check(p.updateS.threeDaysS <= 0.25 * p.seconds.median, '3 days ≤ 25 % of a full build'),
      ),
    );
  }
  return lines;
}

export function printReport(r: Report): void {
  const head = `${'measure'.padEnd(46)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}   n  unit`;
  const machine = Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    [machine, head, ...firstViewRows(r), ...interactionRows(r), ...playRows(r), ...dataRows(r)].join('\n'),
  );
}
