/**
 * How stage results are written to the cache and read back (cache.ts), apart from the cache itself:
 * the stages that use a codec are keyed by its code, and a change to how the cache keeps its files
 * should not invalidate them.
 */

/** How a stage's result is written to a cache entry and read back, exactly. */
export interface Codec<T> {
  encode(value: T): string | Uint8Array;
  decode(bytes: Buffer): T;
}

/** A result that is already the text of an output file. */
export const TEXT: Codec<string> = { encode: (s) => s, decode: (b) => b.toString('utf8') };
/** A result that JSON holds exactly (no typed arrays, no Maps, no undefined in arrays). */
export const json = <T>(): Codec<T> => ({
  encode: (v) => JSON.stringify(v),
  decode: (b) => JSON.parse(b.toString('utf8')) as T,
});
/** A result that is already the bytes of an output file. */
export const BYTES: Codec<Uint8Array> = { encode: (b) => b, decode: (b) => new Uint8Array(b) };
