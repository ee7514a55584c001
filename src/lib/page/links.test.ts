import { describe, expect, it } from 'vitest';
import { withSearch } from './links.ts';

describe('withSearch', () => {
  it('keeps a path that starts with // on its own host', () => {
    const href = withSearch(
      'https://maps.example.org//evil.example.com/embed/?embed=1#x',
      '?scenario=claimed',
    );
    expect(new URL(href).host).toBe('maps.example.org');
    expect(href).toBe('https://maps.example.org//evil.example.com/embed/?scenario=claimed#x');
  });

  it('replaces the query and keeps path and hash', () => {
    expect(withSearch('http://127.0.0.1:4173/sub/?a=1#h', '?v=1&date=2026-08-22')).toBe(
      'http://127.0.0.1:4173/sub/?v=1&date=2026-08-22#h',
    );
    expect(withSearch('http://127.0.0.1:4173/?a=1', '')).toBe('http://127.0.0.1:4173/');
  });
});
