/**
 * Writing the address bar (`history.replaceState`) costs 1–3 ms in Chromium, a good part of a date
 * step's frame. The first address is written at once, so a link that was corrected on arrival reads
 * right from the start; later ones once the state has stood still for `ADDRESS_DELAY_MS`, so stepping
 * through dates pays for one write at the end, not one per step. Leaving the page writes what is due.
 */

/** How long the state must stand still before the address follows it, ms. */
export const ADDRESS_DELAY_MS = 200;

/** Timers, a fake in tests. */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (id) => window.clearTimeout(id),
};

/** Writes addresses through `write`: the first at once, later ones when they stop changing. */
export class AddressWriter {
  private written: string | null = null;
  private due: string | null = null;
  private timer: number | null = null;

  constructor(
    private readonly write: (url: string) => void,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Asks for `url` in the address bar. */
  set(url: string): void {
    if (this.written === null) {
      this.written = url;
      this.write(url);
      return;
    }
    this.due = url;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.flush(), ADDRESS_DELAY_MS);
  }

  /** Writes the address that is due now, if any (the page is being left). */
  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const url = this.due;
    this.due = null;
    if (url === null || url === this.written) return;
    this.written = url;
    this.write(url);
  }
}
