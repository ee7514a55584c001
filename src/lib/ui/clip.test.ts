import { describe, expect, it } from 'vitest';
import { clip, MAX_QUOTED } from './clip.ts';

describe('clip', () => {
  it('leaves short text alone', () => {
    expect(clip('<img src=x onerror="window.__pwned=1">')).toBe('<img src=x onerror="window.__pwned=1">');
  });

  it('cuts long text with an ellipsis', () => {
    expect(clip('a'.repeat(100_000))).toBe(`${'a'.repeat(MAX_QUOTED)}…`);
  });
});
