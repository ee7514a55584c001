import { describe, expect, it } from 'vitest';
import { webLink } from './links.ts';

describe('webLink', () => {
  it('keeps http(s) links as written', () => {
    expect(webLink('https://github.com/topojson/world-atlas')).toBe(
      'https://github.com/topojson/world-atlas',
    );
    expect(webLink('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
  });

  it('refuses scripts, data and anything that is not a URL', () => {
    for (const url of ['javascript:window.__pwned=1', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'x', ''])
      expect(webLink(url)).toBeNull();
  });
});
