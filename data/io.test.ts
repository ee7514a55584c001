/** Reading inputs (numbers JSON cannot hold, bytes a terminal would obey) and publishing outputs (permissions). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataError } from './errors.ts';
import { readJson, writeAtomically } from './io.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-io-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const errorOf = (f: () => unknown): DataError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('no error');
};
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('numbers too large for JSON', () => {
  it('reports 1e999 as written, with the feature and the position, never as null', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"date":"2024-07-08"},' +
      '"geometry":{"type":"Polygon","coordinates":[[[30,48],[31,48],[1e999, 49],[30,48]]]}}]}';
    const e = errorOf(() => readJson(write('big.geojson', text)));
    expect(e.message).toBe(
      `${path.join(dir, 'big.geojson')} (feature 0, 2024-07-08): 1e999 is too large to represent ` +
        '(JSON reads it as Infinity), at geometry.coordinates[0][2][0]',
    );
    expect(e.message).not.toContain('null');
  });

  it('finds them anywhere in the file, negative ones too', () => {
    const e = errorOf(() => readJson(write('props.json', '{"a": [1, {"b": -2E+400}]}')));
    expect(e.message).toContain('-2E+400 is too large to represent (JSON reads it as Infinity), at a[1].b');
    expect(readJson(write('small.json', '{"a": 1e-999, "b": 1.5e308}'))).toEqual({ a: 0, b: 1.5e308 });
  });
});

describe('messages that echo an input', () => {
  it('never pass on escape codes or NUL from a malformed file', () => {
    // V8 quotes the text around the bad byte in its message.
    const file = write('day.geojson', '{"type": \u001b[31mFeature\u001b[0m\u0000, \u001b]0;pwned\u0007 }');
    const e = errorOf(() => readJson(file));
    expect(e.message).toMatch(/malformed JSON/);
    expect(e.message).not.toMatch(CONTROL);
    expect(e.message).toContain('\\u001b');
  });
});

describe('publishing the outputs', () => {
  it('leaves a folder a web server can read: 0755 and files 0644 under the usual umask', () => {
    const previous = process.umask(0o022);
    try {
      const out = path.join(dir, 'public', 'data');
      writeAtomically(out, { 'a.json': '{}', 'b.bin': new Uint8Array([1, 2]) });
      expect(fs.statSync(out).mode & 0o777).toBe(0o755);
      expect(fs.statSync(path.join(out, 'a.json')).mode & 0o777).toBe(0o644);
      writeAtomically(out, { 'a.json': '[]' });
      expect(fs.statSync(out).mode & 0o777).toBe(0o755);
      expect(fs.readdirSync(out)).toEqual(['a.json']);
      expect(fs.readdirSync(path.dirname(out))).toEqual(['data']);
    } finally {
      process.umask(previous);
    }
  });

  it('respects a stricter umask', () => {
    const previous = process.umask(0o077);
    try {
      const out = path.join(dir, 'private');
      writeAtomically(out, { 'a.json': '{}' });
      expect(fs.statSync(out).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(out, 'a.json')).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });
});
