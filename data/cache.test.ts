import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StageCache } from './cache.ts';
import { BYTES, TEXT, type Codec } from './codecs.ts';

let dir: string;
let notes: string[];
let cache: StageCache;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-cache-'));
  notes = [];
  cache = new StageCache(path.join(dir, 'pipeline'), (m) => notes.push(m));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const entry = (name: string, key: string) => path.join(dir, 'pipeline', `${name}-${key}.cache`);

describe('the stage cache', () => {
  it('gives back what was stored, byte for byte, and nothing for a key never stored', () => {
    cache.slot('regions', 'ab12', BYTES).write(Uint8Array.from([0, 255, 10, 13]));
    expect(cache.slot('regions', 'ab12', BYTES).read()).toEqual(Uint8Array.from([0, 255, 10, 13]));
    expect(cache.slot('regions', 'cd34', BYTES).read()).toBeUndefined();
    expect(cache.slot('context', 'ab12', BYTES).read()).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('never trusts an entry whose content no longer matches its hash: it says so and removes it', () => {
    cache.slot('context', 'ab12', TEXT).write('{"rivers":1}');
    const file = entry('context', 'ab12');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 2] ^= 1; // one bit of the payload
    fs.writeFileSync(file, bytes);
    expect(cache.slot('context', 'ab12', TEXT).read()).toBeUndefined();
    expect(notes).toEqual([
      expect.stringMatching(/context-ab12\.cache is damaged \(its hash does not match/),
    ]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('never trusts a partial entry (a build killed while copying one in by hand, a full disk)', () => {
    cache.slot('cut', 'ab12', TEXT).write('x'.repeat(1000));
    const file = entry('cut', 'ab12');
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 500));
    expect(cache.slot('cut', 'ab12', TEXT).read()).toBeUndefined();
    fs.writeFileSync(file, 'short');
    expect(cache.slot('cut', 'ab12', TEXT).read()).toBeUndefined();
    expect(notes).toHaveLength(2);
  });

  it('recomputes rather than fails when an intact entry does not decode', () => {
    const strict: Codec<number> = {
      encode: (n) => String(n),
      decode: (b) => {
        const n = Number(b.toString());
        if (!Number.isInteger(n)) throw new Error('not an integer');
        return n;
      },
    };
    cache.slot('days', 'ab12', TEXT).write('1.5');
    expect(cache.slot('days', 'ab12', strict).read()).toBeUndefined();
    expect(notes).toEqual([expect.stringContaining('does not decode (not an integer)')]);
  });

  it('leaves no temporary file behind, and keeps the newest two entries of a stage', () => {
    ['a1', 'a2', 'a3', 'a4'].forEach((key, i) => {
      cache.slot('history', key, TEXT).write(key);
      // A second apart, as builds are: written within one millisecond, their order would be a tie.
      const t = new Date(Date.now() - 10_000 + i * 1000);
      fs.utimesSync(entry('history', key), t, t);
    });
    cache.slot('context', 'b1', TEXT).write('b1');
    const files = fs.readdirSync(path.join(dir, 'pipeline')).sort();
    expect(files).toEqual(['context-b1.cache', 'history-a3.cache', 'history-a4.cache']);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('goes on without caching when the folder cannot be written', () => {
    const blocked = path.join(dir, 'file');
    fs.writeFileSync(blocked, '');
    const broken = new StageCache(path.join(blocked, 'pipeline'), (m) => notes.push(m));
    expect(() => broken.slot('cut', 'ab12', TEXT).write('x')).not.toThrow();
    expect(broken.slot('cut', 'ab12', TEXT).read()).toBeUndefined();
    expect(notes).toEqual([expect.stringContaining('could not store cut in the cache')]);
  });
});
