/**
 * The control geometry the app draws from. The default view shows only the latest date, so the app
 * starts with that date's small file (history-latest.bin) and receives the whole history when a
 * reader reaches for time. Until it arrives, any other date gets the latest date as a stand-in, and
 * its `date` says so: the map shows a "loading history…" state instead of breaking.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { ControlHistory } from '../data/history.ts';
import type { PieceProps } from '../data/types.ts';

/** Control on one date: the history it comes from, the date's index in it, and its pieces and line. */
export interface ControlView {
  /** The date this control is of. */
  date: string;
  /** Its index in the manifest's dates (the history's spans count in these). */
  index: number;
  history: ControlHistory;
  /** Per unit and status, the land held: decoded when first read. */
  readonly pieces: FeatureCollection<MultiPolygon, PieceProps>;
  /** The line of control. */
  readonly line: Feature<MultiLineString>;
}

/** A view of `history` on date index `index`, assembling pieces and line only when read. */
export function controlView(history: ControlHistory, date: string, index: number): ControlView {
  let pieces: ControlView['pieces'] | undefined;
  let line: ControlView['line'] | undefined;
  return {
    date,
    index,
    history,
    get pieces() {
      return (pieces ??= history.pieces(index));
    },
    get line() {
      return (line ??= history.line(index));
    },
  };
}

export class ControlSource {
  /** Every date's control; null until it has arrived. */
  history = $state.raw<ControlHistory | null>(null);
  /** Why the history could not be loaded, if it could not; the UI words it for the reader. */
  error = $state.raw<Error | null>(null);
  /** The latest date: the first view, and the stand-in while the history is missing. */
  readonly latest: ControlView;
  /** Whether the history is being fetched. */
  private fetching: Promise<void> | null = null;

  /**
   * @param latest the latest date's control (history-latest.bin)
   * @param dates the manifest's dates
   * @param history the whole history when it came with the first view
   * @param error why the history, asked for up front, could not be loaded
   */
  constructor(
    latest: ControlHistory,
    private readonly dates: readonly string[],
    history: ControlHistory | null = null,
    error: Error | null = null,
  ) {
    this.latest = controlView(latest, dates[dates.length - 1], dates.length - 1);
    this.history = history;
    this.error = error;
  }

  /**
   * The control of `date` from the whole history once it is here (the latest date's too, so that
   * the map holds the history before the reader steps), else the latest date's as a stand-in.
   */
  on(date: string): ControlView {
    const index = this.dates.indexOf(date);
    return this.history && index >= 0 ? controlView(this.history, date, index) : this.latest;
  }

  /**
   * Fetches the history unless it is here, on its way, or has already failed (a damaged file stays
   * damaged); a failure is kept in `error` for the page to show.
   */
  complete(fetchHistory: () => Promise<ControlHistory>): Promise<void> {
    if (this.history || this.error) return Promise.resolve();
    this.fetching ??= fetchHistory().then(
      (h) => {
        this.history = h;
      },
      (err: unknown) => {
        this.error = err instanceof Error ? err : new Error(String(err));
      },
    );
    return this.fetching;
  }
}
