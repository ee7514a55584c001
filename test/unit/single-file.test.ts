import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataBlocks } from '../../data/single-file.ts';

describe('single file data blocks', () => {
  it('inline every JSON and binary data file, and no precompressed copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'single-'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{"a":1}');
    fs.writeFileSync(path.join(dir, 'history.bin'), Buffer.from([0, 1, 2, 255]));
    fs.writeFileSync(path.join(dir, 'history.bin.gz'), 'x');
    const blocks = [...dataBlocks(dir).matchAll(/data-file="([^"]+)">([^<]+)</g)];
    expect(blocks.map((b) => b[1])).toEqual(['history.bin', 'manifest.json']);
    expect([...gunzipSync(Buffer.from(blocks[0][2], 'base64'))]).toEqual([0, 1, 2, 255]);
    expect(gunzipSync(Buffer.from(blocks[1][2], 'base64')).toString()).toBe('{"a":1}');
  });
});
