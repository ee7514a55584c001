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

describe('PNG chunks', () => {
  it('adds text and resolution after IHDR with valid CRCs, keeping the image', () => {
    const png = tinyPng();
    const out = withChunks(png, { Source: 'DeepStateMap.live; COD-AB', Title: 'Kyiv – ок' }, 5669);
    expect(pngSize(out)).toEqual({ width: 2, height: 1 });
    expect(readText(out)).toEqual({ Source: 'DeepStateMap.live; COD-AB', Title: 'Kyiv ? ??' });
    const view = new DataView(out.buffer);
    for (let at = 8; at < out.length;) {
      const len = view.getUint32(at);
      expect(view.getUint32(at + 8 + len)).toBe(crc32(out.subarray(at + 4, at + 8 + len)) >>> 0);
      at += 12 + len;
    }
    expect(Buffer.from(out.subarray(out.length - 12)).toString('latin1', 4, 8)).toBe('IEND');
  });
});
