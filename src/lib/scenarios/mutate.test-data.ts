/**
 * Hostile variations of a valid JSON file for property tests of the file schemas: a key deleted, a
 * value replaced by any JSON, an unknown key added, a string made enormous.
 */
import fc from 'fast-check';

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside `json`, the root ([]) included. */
function paths(json: Json, at: Path = []): Path[] {
  if (json === null || typeof json !== 'object') return [at];
  const entries = Array.isArray(json) ? json.map((x, i) => [i, x] as const) : Object.entries(json);
  return [at, ...entries.flatMap(([k, x]) => paths(x, [...at, k]))];
}

/** The parent container and key of `path` in `root` (a deep copy, so mutating it is safe). */
function locate(root: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } {
  let parent = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  return { parent, key: path.at(-1)! };
}

export type Mutation =
  | { kind: 'delete' | 'oversize'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'add'; pick: number; key: string; value: Json };

/** Applies `m` to a copy of `json`, at the path `m.pick` selects (modulo the number of paths). */
export function mutate(json: Json, m: Mutation): Json {
  const root = structuredClone(json);
  const all = paths(root);
  const path = all[m.pick % all.length];
  if (m.kind === 'replace' && path.length === 0) return m.value;
  if (m.kind === 'add') {
    const objects = all.filter((p) => {
      const x = p.length ? locate(root, p).parent[p.at(-1)!] : root;
      return x !== null && typeof x === 'object' && !Array.isArray(x);
    });
    const p = objects[m.pick % objects.length];
    const target = (p.length ? locate(root, p).parent[p.at(-1)!] : root) as Record<string, Json>;
    target[m.key] = m.value;
    return root;
  }
  if (path.length === 0) return m.kind === 'delete' ? undefined : 'x'.repeat(100_000);
  const { parent, key } = locate(root, path);
  if (m.kind === 'replace') parent[key] = m.value;
  else if (m.kind === 'oversize') parent[key] = 'x'.repeat(100_000) + String(parent[key]);
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return root;
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'oversize' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
    value: fc.jsonValue(),
  }),
);

/** Any JSON a file could hold, or any JavaScript value a broken import could hand over. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), fc.anything());

/** A field path ("rules.3.to", 'title.""', "(root)") or the id check, right after the file name. */
const KEY = String.raw`(?:[\w-]+|"(?:[^"\\]|\\.)*")`;
/** What follows "<file>: " in an error about a file's content: the field path, or the id check. */
export const NAMES_FIELD = new RegExp(String.raw`^(\(root\)|id |${KEY}(?:\.${KEY})*: )`);
export const namesFileAndField = (file: string) =>
  new RegExp(String.raw`^${file.replace('.', '\\.')}: (\(root\)|id |${KEY}(?:\.${KEY})*: )`);
