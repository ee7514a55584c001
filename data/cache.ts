/**
 * The pipeline's cache on disk (`.cache/pipeline/`, git-ignored): one file per stage result, named by
 * the stage and the key of its inputs and code (stage.ts). A file is its payload's SHA-256 on the
 * first line, then the payload, written to a temporary name and renamed into place, so a reader sees
 * a whole entry or none. An entry whose hash does not match or that does not decode is a note and a
 * recomputation, never an error and never a result: a cache can only save time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Codec } from './codecs.ts';

/** One stage result's place in the cache. */
export interface Slot<T> {
  /** The stored result, or undefined when there is none (or it was damaged: noted and removed). */
  read(): T | undefined;
  write(value: T): void;
}

/** Entries kept per stage: the newest two, so switching between two branches stays warm. */
const KEEP = 2;
/** A temporary file older than this was left by a build that died; younger ones may be in use. */
const STALE_TMP_MS = 10 * 60_000;
const HASH_HEX = 64;

const sha256 = (b: string | Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

export class StageCache {
  /** @param note one-line messages: damaged entries, failed writes */
  constructor(
    readonly dir: string,
    private readonly note: (message: string) => void,
  ) {}

  slot<T>(name: string, key: string, codec: Codec<T>): Slot<T> {
    const file = path.join(this.dir, `${name}-${key}.cache`);
    return {
      read: () => this.read(file, name, codec),
      write: (value) => this.write(file, name, codec.encode(value)),
    };
  }

  private read<T>(file: string, name: string, codec: Codec<T>): T | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    const payload = bytes.subarray(HASH_HEX + 1);
    let problem = 'its hash does not match its content';
    if (bytes.toString('latin1', 0, HASH_HEX) === sha256(payload) && bytes[HASH_HEX] === 0x0a) {
      try {
        return codec.decode(payload);
      } catch (e) {
        problem = `it does not decode (${(e as Error).message})`;
      }
    }
    this.note(`cache entry ${path.basename(file)} is damaged (${problem}): recomputing ${name}`);
    fs.rmSync(file, { force: true });
    return undefined;
  }

  private write(file: string, name: string, payload: string | Uint8Array): void {
    const tmp = `${file}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(tmp, `${sha256(payload)}\n`);
      fs.appendFileSync(tmp, payload);
      fs.renameSync(tmp, file);
    } catch (e) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // The folder itself is what failed (a file in its place, no permission): nothing was written.
      }
      this.note(`could not store ${name} in the cache (${(e as Error).message}); the build goes on`);
      return;
    }
    try {
      this.prune(name, file);
    } catch {
      // Another build pruning the same folder removed a file first: nothing is lost.
    }
  }

  /** Removes a stage's older entries beyond the newest two, and temporary files left by dead builds. */
  private prune(name: string, kept: string): void {
    const now = Date.now();
    const ours = new RegExp(`^${name}-[0-9a-f]+\\.cache(\\.tmp-.*)?$`);
    const mine = fs
      .readdirSync(this.dir)
      .filter((f) => ours.test(f))
      .map((f) => ({ file: path.join(this.dir, f), mtime: fs.statSync(path.join(this.dir, f)).mtimeMs }));
    const done = mine.filter((e) => e.file.endsWith('.cache') && e.file !== kept);
    done.sort((a, b) => b.mtime - a.mtime);
    const stale = mine.filter((e) => !e.file.endsWith('.cache') && now - e.mtime > STALE_TMP_MS);
    for (const e of [...done.slice(KEEP - 1), ...stale]) fs.rmSync(e.file, { force: true });
  }
}
