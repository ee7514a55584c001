import { describe, expect, it } from 'vitest';
import { INPUTS } from './sources.ts';

describe('layer texts', () => {
  it('give every caveat in Ukrainian too', () => {
    for (const input of Object.values(INPUTS))
      expect(!!input.note, input.id).toBe('note' in input.uk && !!input.uk.note);
  });

  it('change only what a reader reads, keeping each Ukrainian text distinct from the English', () => {
    for (const input of Object.values(INPUTS))
      for (const [key, text] of Object.entries(input.uk))
        expect(text, `${input.id}.${key}`).not.toBe(input[key as keyof typeof input.uk]);
  });
});
