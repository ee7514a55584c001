/**
 * The pipeline as stages: each computes one result from raw input files and earlier stages' results,
 * and is keyed by them and by its code (the modules it names, with everything they import: the trick
 * build-key.ts uses for the whole output, per stage). A stage runs only when a later one needs its
 * result and that result is not in the cache, so changing the context step reruns the context step,
 * not the cut before it (a minute of CPU). Keys never need a result: a stage's key is made of its inputs'
 * bytes and the keys of the stages before it.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint, moduleCode, type ModuleCode } from './build-key.ts';
import type { Slot, StageCache } from './cache.ts';
import type { Codec } from './codecs.ts';

export interface StageDef<T> {
  /** Names its cache entries and its progress messages. */
  name: string;
  /** The modules whose code (with all they import) makes the result; a worker's module is named too. */
  code: URL[];
  /** How the result is cached; a stage without one (a quick read) runs whenever a later one needs it. */
  codec?: Codec<T>;
}

export interface Stage<T> {
  readonly name: string;
  readonly key: string;
  /** The result: from the cache, or computed (once per build, however many stages ask). */
  value(): Promise<T>;
}

/** An input that is not a stage: a fingerprint the caller makes (of a file's bytes, of options). */
export type KeyPart = string | Stage<unknown>;

/** A build's stages, sharing one cache (none: every stage computes) and one look at the code. */
export class Stages {
  private code: Map<string, ModuleCode> | null = null;

  /**
   * @param defs every stage the build may add, so that their code is followed in one pass
   * @param log progress: a stage that computes says so; one read from the cache says that
   */
  constructor(
    private readonly root: string,
    private readonly defs: StageDef<unknown>[],
    private readonly cache: StageCache | null,
    private readonly log: (message: string) => void,
  ) {}

  /** A stage computing `run` from `inputs`, which must name everything the result depends on. */
  add<T>(def: StageDef<T>, inputs: KeyPart[], run: () => T | Promise<T>): Stage<T> {
    const key = this.key(def, inputs);
    const slot = def.codec && this.cache?.slot(def.name, key, def.codec);
    let result: Promise<T> | undefined;
    const compute = async (): Promise<T> => {
      const cached = slot?.read();
      if (cached !== undefined) {
        this.log(`${def.name}: from the cache`);
        return cached;
      }
      // Inputs first, so that the time logged is this stage's own.
      await Promise.all(inputs.flatMap((i) => (typeof i === 'string' ? [] : [i.value()])));
      const started = performance.now();
      const cpu = process.cpuUsage();
      this.log(def.name);
      // A synchronous step is timed as it returns, before another stage's step can run in between.
      const out = run();
      const value = out instanceof Promise ? await out : out;
      // CPU time of every thread (the cut's workers too): on a shared machine the wall time says little.
      const { user, system } = process.cpuUsage(cpu);
      const s = (ms: number) => (ms / 1000).toFixed(1);
      this.log(`${def.name}: ${s(performance.now() - started)} s (CPU ${s((user + system) / 1000)} s)`);
      slot?.write(value);
      return value;
    };
    return { name: def.name, key, value: () => (result ??= compute()) };
  }

  /**
   * A cache entry that a stage reads and writes itself (the cut's seed of pieces), keyed like a
   * stage; without a cache it holds nothing.
   */
  slot<T>(def: StageDef<T> & { codec: Codec<T> }, inputs: KeyPart[]): Slot<T> {
    return (
      this.cache?.slot(def.name, this.key(def, inputs), def.codec) ?? {
        read: () => undefined,
        write: () => {},
      }
    );
  }

  private key(def: StageDef<unknown>, inputs: KeyPart[]): string {
    const h = crypto.createHash('sha256').update(def.name).update(this.codeKey(def));
    for (const part of inputs) h.update(`\0${typeof part === 'string' ? part : `${part.name}:${part.key}`}`);
    return h.digest('hex');
  }

  /** A fingerprint of a stage's code. */
  private codeKey(def: StageDef<unknown>): string {
    const entry = (u: URL) => path.relative(this.root, fileURLToPath(u));
    this.code ??= moduleCode(this.root, [...new Set(this.defs.flatMap((d) => d.code.map(entry)))]);
    return codeFingerprint(
      this.root,
      def.code.map((u) => this.code!.get(entry(u))!),
    );
  }
}
