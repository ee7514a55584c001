import { describe, expect, it } from 'vitest';
import { ADDRESS_DELAY_MS, AddressWriter, type Timers } from './address.ts';

/** Timers run by hand: `advance` fires those due. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    set: (callback, ms) => {
      due.set(next, { at: now + ms, callback });
      return next++;
    },
    clear: (id) => void due.delete(id),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        due.delete(id);
        t.callback();
      }
  };
  return { timers, advance };
}

describe('AddressWriter', () => {
  it('writes the first address at once', () => {
    const written: string[] = [];
    new AddressWriter((u) => written.push(u), fakeTimers().timers).set('?date=2022-04-04');
    expect(written).toEqual(['?date=2022-04-04']);
  });

  it('writes later addresses once they stop changing, only the last of a run', () => {
    const written: string[] = [];
    const { timers, advance } = fakeTimers();
    const w = new AddressWriter((u) => written.push(u), timers);
    w.set('?a');
    for (const u of ['?b', '?c', '?d']) {
      w.set(u);
      advance(ADDRESS_DELAY_MS - 1);
    }
    expect(written).toEqual(['?a']);
    advance(1);
    expect(written).toEqual(['?a', '?d']);
    advance(10 * ADDRESS_DELAY_MS);
    expect(written).toEqual(['?a', '?d']);
  });

  it('writes what is due when flushed, and nothing twice', () => {
    const written: string[] = [];
    const { timers, advance } = fakeTimers();
    const w = new AddressWriter((u) => written.push(u), timers);
    w.set('?a');
    w.set('?b');
    w.flush();
    expect(written).toEqual(['?a', '?b']);
    advance(ADDRESS_DELAY_MS);
    w.flush();
    w.set('?b');
    advance(ADDRESS_DELAY_MS);
    expect(written).toEqual(['?a', '?b']);
  });
});
