import { describe, expect, it } from 'vitest';
import { dataAge } from './data-age.ts';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';

describe('data age', () => {
  it('counts whole days to today in UTC, and is a notice after three', () => {
    expect(dataAge('2026-08-22', new Date('2026-12-05T12:00:00Z'))).toEqual({ days: 105, stale: true });
    expect(dataAge('2026-12-02', new Date('2026-12-05T23:59:00Z'))).toEqual({ days: 3, stale: false });
    expect(dataAge('2026-12-05', new Date('2026-12-05T00:01:00Z'))).toEqual({ days: 0, stale: false });
  });

  it('reads naturally in both languages', () => {
    expect(en.latestData('22 August 2026', en.daysAgo(105))).toBe(
      'Latest data: 22 August 2026 (105 days ago)',
    );
    expect([en.daysAgo(0), en.daysAgo(1)]).toEqual(['today', 'yesterday']);
    expect([1, 2, 5, 11, 21, 22, 105].map((n) => uk.daysAgo(n))).toEqual([
      'учора',
      '2 дні тому',
      '5 днів тому',
      '11 днів тому',
      '21 день тому',
      '22 дні тому',
      '105 днів тому',
    ]);
  });
});
