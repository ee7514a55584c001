import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { checkIntegrity, type Expected } from './integrity.ts';

const text = '{"schema":1,"km2":[12.5,40.25]}';
const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const expected: Expected = {
  bytes: bytes(text).byteLength,
  sha256: createHash('sha256').update(text).digest('hex'),
};
const subtle = globalThis.crypto.subtle;

describe('checkIntegrity', () => {
  it('accepts the exact bytes', async () => {
    expect(await checkIntegrity(bytes(text), expected, subtle)).toBeNull();
  });

  it('accepts a manifest hash written in capitals', async () => {
    const upper = { ...expected, sha256: expected.sha256.toUpperCase() };
    expect(await checkIntegrity(bytes(text), upper, subtle)).toBeNull();
  });

  it('notices one changed digit of the same length', async () => {
    const tampered = text.replace('12.5', '13.5');
    expect(tampered.length).toBe(text.length);
    expect(await checkIntegrity(bytes(tampered), expected, subtle)).toEqual({ kind: 'hash' });
  });

  it('notices a truncated copy by its size, before hashing', async () => {
    const truncated = bytes(text.slice(0, 10));
    expect(await checkIntegrity(truncated, expected, subtle)).toEqual({
      kind: 'size',
      actual: 10,
      expected: expected.bytes,
    });
  });

  it('checks only the size where crypto.subtle is missing (insecure context)', async () => {
    const tampered = bytes(text.replace('12.5', '13.5'));
    expect(await checkIntegrity(tampered, expected, undefined)).toBeNull();
    expect(await checkIntegrity(bytes(text.slice(1)), expected, undefined)).toMatchObject({ kind: 'size' });
  });
});
