import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chooseEncoding, precompressDir } from '../../data/precompress.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-precompress-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('precompressed copies', () => {
  it('writes a .gz and a .br that decode to the file, the .gz no larger than zlib’s best', async () => {
    const text = Array.from({ length: 4000 }, (_, i) => `{"day":${i},"km2":${(i * 7.31) % 977}}`).join('\n');
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, 'data/areas.json'), text);
    fs.writeFileSync(path.join(dir, 'small.js'), 'export {}');
    fs.writeFileSync(path.join(dir, 'font.woff2'), Buffer.alloc(4096, 7));
    // More files than cores: the workers take them in turn.
    for (let i = 0; i < 5; i++)
      fs.writeFileSync(path.join(dir, `data/h${i}.bin`), Buffer.alloc(2048 * (i + 1), i));
    expect(await precompressDir(dir)).toBe(6);
    for (let i = 0; i < 5; i++)
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `data/h${i}.bin.gz`)))).toEqual(
        Buffer.alloc(2048 * (i + 1), i),
      );
    const gz = fs.readFileSync(path.join(dir, 'data/areas.json.gz'));
    expect(zlib.gunzipSync(gz).toString()).toBe(text);
    expect(gz.length).toBeLessThanOrEqual(zlib.gzipSync(text, { level: 9 }).length);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'data/areas.json.br'))).toString()).toBe(
      text,
    );
    expect(fs.existsSync(path.join(dir, 'small.js.gz'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'font.woff2.gz'))).toBe(false);
  });

  it('sends Brotli where allowed, else gzip, else nothing', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe(null);
    expect(chooseEncoding(undefined)).toBe(null);
  });
});
