import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StageCache } from './cache.ts';
import { TEXT } from './codecs.ts';
import { Stages, type StageDef } from './stage.ts';

// A project of three modules: stage "cut" runs cut.ts (which imports geo.ts), stage "context" runs
// context.ts and uses the cut's result, stage "read" runs read.ts and is never cached.
let root: string;
let cache: StageCache;
let ran: string[];
let logged: string[];

const write = (file: string, text: string) => fs.writeFileSync(path.join(root, file), text);
const url = (file: string) => pathToFileURL(path.join(root, file));

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-stage-'));
  write('geo.ts', 'export const area = 1;\n');
  write('cut.ts', "import { area } from './geo.ts';\nexport const cut = area;\n");
  write('context.ts', 'export const context = 2;\n');
  write('read.ts', 'export const read = 3;\n');
  cache = new StageCache(path.join(root, '.cache'), () => {});
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** One build: the three stages, the context's result asked for, as the pipeline does. */
async function build(input = 'input-1', withCache: StageCache | null = cache) {
  ran = [];
  logged = [];
  const READ: StageDef<string> = { name: 'read', code: [url('read.ts')] };
  const CUT: StageDef<string> = { name: 'cut', code: [url('cut.ts')], codec: TEXT };
  const CONTEXT: StageDef<string> = { name: 'context', code: [url('context.ts')], codec: TEXT };
  // Durations aside, which vary.
  const log = (m: string) => /: [\d.]+ s \(CPU [\d.]+ s\)$/.test(m) || logged.push(m);
  const stages = new Stages(root, [READ, CUT, CONTEXT], withCache, log);
  const step = (name: string, value: () => Promise<string>) => async () => {
    ran.push(name);
    return value();
  };
  const read = stages.add(
    READ,
    [input],
    step('read', async () => `read(${input})`),
  );
  const cut = stages.add(
    CUT,
    [read],
    step('cut', async () => `cut(${await read.value()})`),
  );
  const context = stages.add(
    CONTEXT,
    [cut],
    step('context', async () => `context(${await cut.value()})`),
  );
  const [a, b] = await Promise.all([context.value(), context.value()]);
  expect(a).toBe(b);
  return a;
}

describe('stages', () => {
  it('compute each result once, then read it from the cache in the next build', async () => {
    expect(await build()).toBe('context(cut(read(input-1)))');
    expect(ran).toEqual(['read', 'cut', 'context']);
    expect(await build()).toBe('context(cut(read(input-1)))');
    // Nothing that the cache holds runs, and nothing that only fed it either.
    expect(ran).toEqual([]);
    expect(logged).toEqual(['context: from the cache']);
  });

  it('rerun only the stage whose code changed, not the stages before it', async () => {
    await build();
    write('context.ts', 'export const context = 20;\n');
    await build();
    expect(ran).toEqual(['context']);
    expect(logged).toEqual(['cut: from the cache', 'context']);
  });

  it('rerun a stage when a module it imports changes, and every stage after it', async () => {
    await build();
    write('geo.ts', 'export const area = 10;\n');
    await build();
    expect(ran).toEqual(['read', 'cut', 'context']);
  });

  it('rerun everything after an input that changed', async () => {
    await build();
    expect(await build('input-2')).toBe('context(cut(read(input-2)))');
    expect(ran).toEqual(['read', 'cut', 'context']);
  });

  it('recompute a damaged entry instead of using it', async () => {
    await build();
    const dir = path.join(root, '.cache');
    for (const f of fs.readdirSync(dir)) fs.appendFileSync(path.join(dir, f), 'junk');
    expect(await build()).toBe('context(cut(read(input-1)))');
    expect(ran).toEqual(['read', 'cut', 'context']);
  });

  it('compute everything without a cache, and store nothing', async () => {
    await build('input-1', null);
    await build('input-1', null);
    expect(ran).toEqual(['read', 'cut', 'context']);
    expect(fs.existsSync(path.join(root, '.cache'))).toBe(false);
  });
});
