/** The bench report's shape and its printed table. */
import { BUDGET_KB, KINDS, type Transfer } from '../test/e2e/first-view.ts';
import type { Latency } from './browser.ts';
import type { OutputFile } from './outputs.ts';
import { stats, type Stats } from './stats.ts';

/** Targets beside the budgets: the app within 1.5× a bare map's time to show, a date step within a frame. */
export const TARGETS = { readyRatio: 1.5, dateStepFrames: 1, playFps: 30 };

type Bytes = Record<(typeof KINDS)[number] | 'total', number>;

export interface PageView {
  /** ms from navigation start to `data-status="ready"`. */
  readyMs: Stats;
  /** Gzipped bytes by kind, one entry per run (the background history left out). */
  bytes: Bytes[];
  /** The history fetched after the view showed, KB gzipped (null if not within the second after). */
  historyKb: number | null;
  /** Every request of the first run. */
  requests: Transfer[];
}

export interface Report {
  date: string;
  machine: Record<string, string | number>;
  runs: number;
  firstView: Record<'app' | 'embed' | 'bare', PageView>;
  /** Per-run ratio of the app's time to ready to the bare page's. */
  readyRatio: Stats;
  dateStep: { firstMs: Latency; tableMs: Stats; mapMs: Stats; mapFrames: Stats; screenMs: Stats };
  scenario: { tableMs: Stats; mapMs: Stats; screenMs: Stats };
  /** Two plays from the first date; `reached` is the share of the dates each covered (1: all). */
  play: {
    fps: Stats;
    seconds: number[];
    overallFps: number[];
    /** Dates the map drew per second of play. */
    picturesPerSecond: number[];
    longestFrameMs: number[];
    reached: number[];
  };
  heap: { readyMB: number; afterOnceMB: number; afterTwiceMB: number; ratio: number };
  data: {
    files: OutputFile[];
    decodeMs: Stats;
    pipelineS: Stats | null;
    /** The update adding one day and adding three to that build (seconds). */
    updateS: { oneDayS: number; threeDaysS: number } | null;
  };
  seconds: number;
}

const kb = (bytes: number) => bytes / 1024;
const f = (x: number, digits = 0) => x.toFixed(digits);
const check = (ok: boolean, text: string) => `${ok ? 'ok' : 'MISSED'}: ${text}`;

/** A measured row: median, min, max, samples. */
const row = (name: string, s: Stats, unit: string, digits = 0, note = '') =>
  [
    name.padEnd(44),
    ...[s.median, s.min, s.max].map((x) => f(x, digits).padStart(9)),
    String(s.n).padStart(4),
    `  ${unit.padEnd(7)}${note}`,
  ].join('');
/** A row of single values, written out. */
const text = (name: string, value: string) => `${name.padEnd(44)}${value}`;
const list = (xs: number[], digits = 0, sep = ' / ') => xs.map((x) => f(x, digits)).join(sep);

export function printReport(r: Report): void {
  const lines = [
    `${'measure'.padEnd(44)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}   n  unit`,
  ];
  const labels = { app: 'default view', embed: '?embed=1', bare: 'bare MapLibre' } as const;
  for (const page of ['app', 'embed', 'bare'] as const) {
    const v = r.firstView[page];
    for (const k of [...KINDS, 'total'] as const) {
      const s = stats(v.bytes.map((b) => kb(b[k])));
      if (s.max === 0) continue;
      const budget = k === 'total' && page !== 'bare';
      const note = budget ? check(s.max <= BUDGET_KB.firstView, `budget ${BUDGET_KB.firstView} KB`) : '';
      lines.push(row(`first view, ${labels[page]}: ${k}`, s, 'KB gz', 1, note));
    }
    if (v.historyKb !== null)
      lines.push(
        text(
          '  then the history, in the background',
          `${f(v.historyKb, 1)} KB gz  ${check(
            v.historyKb <= BUDGET_KB.history,
            `budget ${BUDGET_KB.history} KB`,
          )}`,
        ),
      );
  }
  for (const page of ['app', 'embed', 'bare'] as const)
    lines.push(row(`ready, ${labels[page]}`, r.firstView[page].readyMs, 'ms'));
  const ratioOk = r.readyRatio.median <= TARGETS.readyRatio;
  lines.push(row('ready, app / bare', r.readyRatio, '×', 2, check(ratioOk, `target ${TARGETS.readyRatio}×`)));
  lines.push(
    text(
      'date step, first (history arriving)',
      `table ${f(r.dateStep.firstMs.tableMs)} ms, map ${f(r.dateStep.firstMs.mapMs)} ms`,
    ),
  );
  lines.push(row('date step: table', r.dateStep.tableMs, 'ms', 1));
  lines.push(row('date step: map drawn', r.dateStep.mapMs, 'ms'));
  const frameOk = r.dateStep.mapFrames.median <= TARGETS.dateStepFrames;
  lines.push(
    row('date step: map drawn', r.dateStep.mapFrames, 'frames', 1, check(frameOk, 'target 1 frame')),
  );
  lines.push(row('date step: on screen (renderer done)', r.dateStep.screenMs, 'ms'));
  lines.push(row('scenario switch: table', r.scenario.tableMs, 'ms', 1));
  lines.push(row('scenario switch: map drawn', r.scenario.mapMs, 'ms'));
  lines.push(row('scenario switch: on screen', r.scenario.screenMs, 'ms'));
  const fpsOk = r.play.fps.median >= TARGETS.playFps;
  lines.push(
    row(
      'playing: frames per second, 1 s windows',
      r.play.fps,
      'fps',
      0,
      check(fpsOk, `target ${TARGETS.playFps}`),
    ),
  );
  lines.push(
    text(
      'playing: two plays from the first date',
      `${list(r.play.seconds, 1)} s, ${list(r.play.reached.map((x) => 100 * x))} % of the dates, ` +
        `${list(r.play.overallFps, 1)} fps, longest frame ${list(r.play.longestFrameMs)} ms`,
    ),
  );
  lines.push(text('playing: dates the map drew per second', `${list(r.play.picturesPerSecond, 1)}`));
  const h = r.heap;
  lines.push(
    text(
      'JS heap after GC: ready / 1 play / 2 plays',
      `${list([h.readyMB, h.afterOnceMB, h.afterTwiceMB], 1)} MB, 2 plays / 1 play ${f(h.ratio, 2)}`,
    ),
  );
  lines.push(row('decode history.bin (node)', r.data.decodeMs, 'ms', 0));
  if (r.data.pipelineS) lines.push(row('data pipeline, full build', r.data.pipelineS, 's', 1));
  const u = r.data.updateS;
  if (u && r.data.pipelineS)
    lines.push(
      `update adding 1 day / 3 days          ${f(u.oneDayS, 1)} / ${f(u.threeDaysS, 1)} s; ` +
        check(
          u.threeDaysS <= 0.25 * r.data.pipelineS.median,
          `3 days ≤ 25 % of a full build (${f((100 * u.threeDaysS) / r.data.pipelineS.median)} %)`,
        ),
    );
  for (const file of r.data.files)
    lines.push(
      text(
        `  ${file.name}`,
        `${f(kb(file.bytes)).padStart(9)} KB raw ${f(kb(file.gzip)).padStart(6)} KB gz ${f(kb(file.brotli)).padStart(6)} KB br`,
      ),
    );
  console.log(lines.join('\n'));
}
