import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngSize, readText, withChunks } from './png-chunks.ts';

/** A valid 2×1 RGB PNG built by hand, with CRCs from zlib's crc32 to check ours against. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const b = Buffer.alloc(12 + data.length);
    b.writeUInt32BE(data.length, 0);
    b.write(type, 4, 'latin1');
    Buffer.from(data).copy(b, 8);
    b.writeUInt32BE(crc32(b.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
    return b;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** Every chunk as type and data, read with Node's Buffer rather than the module's own reader. */
function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    out.push({ type: b.toString('latin1', at + 4, at + 8), data: b.subarray(at + 8, at + 8 + len) });
    at += 12 + len;
  }
  return out;
}

describe('PNG chunks', () => {
  it('adds text and resolution after IHDR with valid CRCs, keeping the image', () => {
    const png = tinyPng();
    const text = {
      Source: 'DeepStateMap.live; COD-AB 2017, SSPE “Kartographia” / OCHA',
      Title: 'Лінія контролю – 22 серпня 2026 р.',
      URL: 'https://example.org/?date=2026-08-22',
      Note: 'café',
    };
    const out = withChunks(png, text, 5669);
    expect(pngSize(out)).toEqual({ width: 2, height: 1 });
    expect(readText(out)).toEqual(text);
    const view = new DataView(out.buffer);
    for (let at = 8; at < out.length;) {
      const len = view.getUint32(at);
      expect(view.getUint32(at + 8 + len)).toBe(crc32(out.subarray(at + 4, at + 8 + len)) >>> 0);
      at += 12 + len;
    }
    expect(Buffer.from(out.subarray(out.length - 12)).toString('latin1', 4, 8)).toBe('IEND');
  });

  it('writes Latin-1 text as tEXt and anything else as UTF-8 iTXt, nothing replaced by "?"', () => {
    const out = withChunks(
      tinyPng(),
      {
        Title: 'Лінія контролю – 2026',
        Source: 'SSPE “Kartographia”',
        URL: 'https://example.org/',
        Note: 'café',
      },
      5669,
    );
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'iTXt', 'iTXt', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
    const decoded = Object.fromEntries(
      list
        .filter((c) => c.type === 'iTXt')
        .map(({ data }) => {
          // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
          const k = data.indexOf(0);
          expect([data[k + 1], data[k + 2]]).toEqual([0, 0]);
          const lang = data.indexOf(0, k + 3);
          const translated = data.indexOf(0, lang + 1);
          return [data.toString('latin1', 0, k), data.toString('utf8', translated + 1)];
        }),
    );
    expect(decoded).toEqual({ Title: 'Лінія контролю – 2026', Source: 'SSPE “Kartographia”' });
    const tEXt = list.filter((c) => c.type === 'tEXt').map(({ data }) => data.toString('latin1'));
    expect(tEXt).toEqual(['URL\0https://example.org/', 'Note\0café']);
  });
});
