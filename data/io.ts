/** File input and output for the pipeline: decoding inputs with clear errors, and an all-or-nothing write. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { DataError, safeText } from './errors.ts';
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

/** Parses UTF-8 JSON, rejecting numbers too large to represent; `name` (a path or URL) is named in errors. */
export function parseJsonBytes(name: string, bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DataError(name, `malformed JSON: ${(e as Error).message}`);
  }
  checkFinite(name, text, data);
  return data;
}

/**
 * JSON.parse reads a number too large for a double (`1e999`) as Infinity without complaint, and
 * JSON.stringify would later print it as null; so a whole input is searched for one, and the error
 * names the feature, the path inside it and the number as written.
 */
function checkFinite(file: string, text: string, data: unknown): void {
  const at: (string | number)[] = [];
  try {
    if (!findInfinity(data, at)) return;
  } catch (e) {
    if (e instanceof RangeError) throw new DataError(file, 'JSON nested too deeply to check');
    throw e;
  }
  // Number tokens follow `[`, `,` or `:`; the first one that overflows is the one found.
  const written = [...text.matchAll(/[[,:]\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g)].find(
    (m) => !Number.isFinite(Number(m[1])),
  )?.[1];
  const features = (data as { features?: { properties?: Record<string, unknown> }[] }).features;
  let feature: string | undefined;
  if (at[0] === 'features' && typeof at[1] === 'number') {
    const props = features?.[at[1]]?.properties ?? {};
    const name = [props.date, props.iso_3166_2, props.name].find((x) => typeof x === 'string');
    feature = `feature ${at[1]}${name ? `, ${String(name)}` : ''}`;
    at.splice(0, 2);
  }
  const where = at
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
  throw new DataError(
    file,
    `${written ? `${safeText(written, 40)} is` : 'a number is'} too large to represent (JSON reads it as Infinity), at ${where || 'the top level'}`,
    feature,
  );
}

/** Whether `value` holds ±Infinity; if so, `path` is left holding the keys down to it. */
function findInfinity(value: unknown, path: (string | number)[]): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      if (findInfinity(value[i], path)) return true;
      path.pop();
    }
    return false;
  }
  for (const [key, item] of Object.entries(value)) {
    path.push(key);
    if (findInfinity(item, path)) return true;
    path.pop();
  }
  return false;
}

/**
 * Writes all files to a temporary folder beside `outDir`, then swaps it in, so a failure midway
 * leaves the previous output exactly as it was.
 */
export function writeAtomically(outDir: string, files: Record<string, string | Uint8Array>): void {
  const parent = path.dirname(outDir);
  fs.mkdirSync(parent, { recursive: true });
  const tmp = makeTempDir(path.join(parent, '.data-tmp-'));
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

/**
 * A new, empty folder named `prefix` + random letters. Not `fs.mkdtempSync`: that makes it 0700, and
 * this folder becomes the published one, which a web server running as another user must read; a
 * plain mkdir gives the usual 0777 minus the umask (0755 under the common 022), and files 0644 alike.
 */
function makeTempDir(prefix: string): string {
  for (;;) {
    const dir = `${prefix}${crypto.randomBytes(6).toString('hex')}`;
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
