/**
 * The stage cache as a user meets it (`tsx data/build.ts` on the small fixture source): a build from the
 * cache writes the same bytes as one without it, and a damaged entry is recomputed, never used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeSource } from '../test/fixtures/source.ts';
import { snapshotDir } from '../test/fixtures/pipeline.ts';

const tsx = path.resolve('node_modules/.bin/tsx');
let work: string;
let source: string;

function build(out: string, cache: string, ...args: string[]) {
  const r = spawnSync(tsx, ['data/build.ts', '--source', source, '--out', path.join(work, out), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TERRITORY_ADDED_DAYS: path.join(work, 'added-days'),
      TERRITORY_DATA_SOURCE: '',
      TERRITORY_CACHE_DIR: path.join(work, cache),
      TERRITORY_NO_CACHE: '',
    },
  });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  return r.stdout;
}

let uncached: Record<string, string>;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-build-cache-'));
  source = makeSource();
  build('uncached', 'unused', '--no-cache');
  uncached = snapshotDir(path.join(work, 'uncached'));
}, 180_000);
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(source, { recursive: true, force: true });
});

describe('npm run data with the stage cache', () => {
  it('--no-cache neither reads nor writes one', () => {
    expect(fs.existsSync(path.join(work, 'unused'))).toBe(false);
  });

  it('writes the same bytes from the cache as without it', () => {
    const first = build('first', 'cache');
    expect(first).not.toMatch(/from the cache/);
    expect(snapshotDir(path.join(work, 'first'))).toEqual(uncached);

    const second = build('second', 'cache');
    for (const stage of ['areas', 'history', 'regions', 'context', 'settlements']) {
      expect(second).toMatch(new RegExp(`\\] ${stage}: from the cache\n`));
      expect(second).not.toMatch(new RegExp(`\\] ${stage}\n`));
    }
    // Nothing cached needs the cut's large entry.
    expect(second).not.toMatch(/\] cut/);
    expect(snapshotDir(path.join(work, 'second'))).toEqual(uncached);
  }, 120_000);

  it('recomputes an entry that was altered on disk, and writes the same bytes', () => {
    const cache = path.join(work, 'cache');
    const entry = fs.readdirSync(cache).find((f) => f.startsWith('history-'))!;
    const bytes = fs.readFileSync(path.join(cache, entry));
    bytes[bytes.length - 1] ^= 1;
    fs.writeFileSync(path.join(cache, entry), bytes);

    const third = build('third', 'cache');
    expect(third).toContain(`cache entry ${entry} is damaged (its hash does not match its content)`);
    expect(third).toMatch(/\] cut: from the cache\n/);
    expect(third).toMatch(/\] history\n/);
    expect(snapshotDir(path.join(work, 'third'))).toEqual(uncached);
  }, 120_000);
});
