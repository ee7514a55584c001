/**
 * The control geometry the app draws from. The default view shows only the latest date, so the app may
 * start with that date's small topology and receive the whole history afterwards. Until the history
 * arrives, any other date gets the latest geometry as a stand-in, and its `date` says so: the map
 * shows a "loading history…" state instead of breaking.
 */
import { decodeControl, type ControlOnDate } from '../data/decode.ts';
import { faceHistory, type FaceHistory } from '../data/faces.ts';
import type { ControlTopology, FacesTopology } from '../data/types.ts';

export class ControlSource {
  /** Every date's geometry; null until it has arrived. */
  history = $state.raw<ControlTopology | null>(null);
  /** Why the history could not be loaded, if it could not; the UI words it for the reader. */
  error = $state.raw<Error | null>(null);
  /**
   * The history's faces, for the map's date steps; null until they have arrived. Without them the map
   * still works, giving MapLibre each date's geometry (slower).
   */
  faces = $state.raw<FaceHistory | null>(null);
  /** The latest date, decoded once: the first view, and the stand-in while the history is missing. */
  readonly latest: ControlOnDate;

  /**
   * @param first a control topology holding at least `latestDate`
   * @param complete whether `first` holds every date (the whole history)
   * @param error why the history, asked for up front, could not be loaded
   */
  constructor(first: ControlTopology, latestDate: string, complete: boolean, error: Error | null = null) {
    this.latest = decodeControl(first, latestDate);
    if (complete) this.history = first;
    this.error = error;
  }

  /** The geometry of `date`, or the latest date's while the history is still missing. */
  on(date: string): ControlOnDate {
    if (date === this.latest.date) return this.latest;
    return this.history ? decodeControl(this.history, date) : this.latest;
  }

  /**
   * Fetches the history unless it is here or has already failed (a damaged file stays damaged, and it
   * is large); a failure is kept in `error` for the page to show. Then fetches the faces, whose
   * failure only costs speed: it is reported on the console.
   */
  async complete(
    fetchHistory: () => Promise<ControlTopology>,
    fetchFaces: () => Promise<FacesTopology>,
  ): Promise<void> {
    if (!this.history && !this.error) {
      try {
        this.history = await fetchHistory();
      } catch (err) {
        this.error = err instanceof Error ? err : new Error(String(err));
      }
    }
    if (!this.history || this.faces || this.facesFailed) return;
    try {
      this.faces = faceHistory(await fetchFaces(), this.history);
    } catch (err) {
      this.facesFailed = true;
      console.warn(`The map steps through dates more slowly: ${(err as Error).message}`);
    }
  }

  private facesFailed = false;
}
