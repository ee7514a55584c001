/**
 * Text and resolution chunks for exported PNGs, so that the file itself says whose data it shows
 * ("Title", "Source", "URL") and that it is drawn at 2× (pHYs, 144 dpi). The canvas API cannot add
 * chunks, and no small library does only this, hence the few lines here.
 *
 * Text that Latin-1 can hold goes in a tEXt chunk, which every reader knows; anything else (the
 * Ukrainian titles, "“Kartographia”") in an uncompressed iTXt chunk, which is UTF-8 (PNG spec
 * §11.3.4.5), so that nothing is replaced by "?".
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const isLatin1 = (s: string) => [...s].every((ch) => ch.codePointAt(0)! < 256);

/** Latin-1 bytes; keywords are ours and plain ASCII, so nothing is lost here. */
function latin1(s: string): Uint8Array {
  if (!isLatin1(s)) throw new Error(`not Latin-1: ${s}`);
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

/**
 * One text entry: tEXt when the text is Latin-1, else iTXt (keyword, 0, compression flag 0,
 * method 0, empty language tag, 0, empty translated keyword, 0, UTF-8 text).
 */
function textChunk(keyword: string, text: string): Uint8Array {
  if (isLatin1(text)) return chunk('tEXt', new Uint8Array([...latin1(keyword), 0, ...latin1(text)]));
  const utf8 = new TextEncoder().encode(text);
  return chunk('iTXt', new Uint8Array([...latin1(keyword), 0, 0, 0, 0, 0, ...utf8]));
}

/** Inserts text chunks and a pHYs chunk (pixels per metre) right after the PNG's IHDR chunk. */
export function withChunks(
  png: Uint8Array,
  text: Record<string, string>,
  pixelsPerMetre: number,
): Uint8Array<ArrayBuffer> {
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const phys = new Uint8Array(9);
  const pv = new DataView(phys.buffer);
  pv.setUint32(0, pixelsPerMetre);
  pv.setUint32(4, pixelsPerMetre);
  phys[8] = 1; // unit: metre
  const extra = [chunk('pHYs', phys), ...Object.entries(text).map(([k, v]) => textChunk(k, v))];
  const size = extra.reduce((n, c) => n + c.length, png.length);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, ihdrEnd));
  let at = ihdrEnd;
  for (const c of extra) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/**
 * The tEXt and uncompressed iTXt chunks of a PNG, for tests and for anyone checking a file's
 * credits.
 */
export function readText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset);
  const latin1Text = (bytes: Uint8Array) => String.fromCharCode(...bytes);
  for (let at = 8; at + 8 <= png.length;) {
    const len = view.getUint32(at);
    const type = latin1Text(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    const zero = data.indexOf(0);
    if (type === 'tEXt') {
      out[latin1Text(data.subarray(0, zero))] = latin1Text(data.subarray(zero + 1));
    } else if (type === 'iTXt' && data[zero + 1] === 0) {
      // Past the keyword: flags (2 bytes), then the language tag and translated keyword, each 0-ended.
      const lang = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, lang + 1);
      out[latin1Text(data.subarray(0, zero))] = new TextDecoder().decode(data.subarray(translated + 1));
    }
    at += 12 + len;
  }
  return out;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
