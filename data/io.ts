/** File input and output for the pipeline: decoding inputs with clear errors, and an all-or-nothing write. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { DataError } from './errors.ts';
import type { Input } from './sources.ts';

const require = createRequire(import.meta.url);

/** Absolute path of an input: in the source folder, or inside an installed npm package (`npm:`). */
export function inputPath(sourceDir: string, input: Pick<Input, 'file'>): string {
  return input.file.startsWith('npm:')
    ? require.resolve(input.file.slice(4))
    : path.resolve(sourceDir, input.file);
}

/** Reads and parses a JSON input, decompressing `.br`/`.gz`; every failure names the file. */
export function readJson(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(file, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(e)})`);
  }
  try {
    if (file.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
    else if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
  } catch (e) {
    throw new DataError(file, `cannot decompress: ${(e as Error).message}`);
  }
  return parseJsonBytes(file, bytes);
}

/** Parses UTF-8 JSON; `name` (a path or URL) is named in the error. */
export function parseJsonBytes(name: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new DataError(name, `malformed JSON: ${(e as Error).message}`);
  }
}

/**
 * Writes all files to a temporary folder beside `outDir`, then swaps it in, so a failure midway
 * leaves the previous output exactly as it was.
 */
export function writeAtomically(outDir: string, files: Record<string, string | Uint8Array>): void {
  const parent = path.dirname(outDir);
  fs.mkdirSync(parent, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(parent, '.data-tmp-'));
  try {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(tmp, name), content);
    const old = `${tmp}-old`;
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
    fs.renameSync(tmp, outDir);
    fs.rmSync(old, { recursive: true, force: true });
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
