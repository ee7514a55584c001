import { describe, expect, it } from 'vitest';
import { DataError, safeText, snippet } from './errors.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('error messages', () => {
  it('escape what a terminal would obey: controls, escape codes, bidirectional overrides', () => {
    expect(safeText('a\u001b[31mb\u0000c\u009b\u202ed\r\n')).toBe(
      'a\\u001b[31mb\\u0000c\\u009b\\u202ed\\u000d\\u000a',
    );
    expect(safeText('Київ 😀')).toBe('Київ 😀');
    expect(safeText('\ud800x')).toBe('\\ud800x');
  });

  it('quote values as JSON, spell out Infinity, and cut long ones short', () => {
    expect(snippet([Infinity, -Infinity, 'a'])).toBe('[Infinity,-Infinity,"a"]');
    expect(snippet('x'.repeat(1000))).toHaveLength(201);
    expect(snippet(undefined)).toBe('undefined');
  });

  it('are made safe whatever the caller passes: file, feature and problem', () => {
    const e = new DataError('f\u001b.json', `bad ${'\u001b'.repeat(5000)}`, 'feature 0 "\u001b[2J"');
    expect(e.message).not.toMatch(CONTROL);
    expect(e.message.length).toBeLessThan(1600);
    expect(e.feature).toBe('feature 0 "\\u001b[2J"');
    expect(e.file).toBe('f\\u001b.json');
    expect(e.message).toMatch(/^f\\u001b\.json \(feature 0 "\\u001b\[2J"\): bad (\\u001b)+…$/);
  });
});
