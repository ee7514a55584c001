/**
 * Restores public/data from a deployment: `tsx scripts/restore-data.ts <site URL> [<out dir>]` reads
 * <site>/data/manifest.json and every file it lists, checks each against its size and SHA-256, and
 * writes them all (or nothing) to the out dir (default public/data). The scheduled update starts
 * from what the last deployment published, then adds the new days (npm run data:update).
 * Exit codes: 0 restored; 2 the site has no data yet, or data in another schema than this code writes
 * (either way the job builds it in full); 1 any other failure, which names what was wrong.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../data/io.ts';
import { SCHEMA_VERSION } from '../src/lib/data/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [site, out = path.join(root, 'public/data')] = process.argv.slice(2);

async function get(url: string): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw Object.assign(new Error(`${url}: HTTP ${res.status}`), { status: res.status });
  return Buffer.from(await res.arrayBuffer());
}

async function main(): Promise<number> {
  if (!site) {
    console.error('usage: tsx scripts/restore-data.ts <site URL> [<out dir>]');
    return 1;
  }
  const base = new URL('data/', site.endsWith('/') ? site : `${site}/`);
  let manifestBytes: Buffer;
  try {
    manifestBytes = await get(new URL('manifest.json', base).href);
  } catch (e) {
    if ((e as { status?: number }).status === 404) {
      console.log(`restore: ${base.href} has no data yet`);
      return 2;
    }
    throw e;
  }
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as {
    schema: unknown;
    files: Record<string, { path: string; bytes: number; sha256: string }>;
  };
  if (manifest.schema !== SCHEMA_VERSION) {
    console.log(
      `restore: ${base.href} has data in schema ${manifest.schema}; this code writes ${SCHEMA_VERSION}`,
    );
    return 2;
  }
  const files: Record<string, Uint8Array> = { 'manifest.json': manifestBytes };
  for (const entry of Object.values(manifest.files)) {
    const bytes = await get(new URL(entry.path, base).href);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== entry.bytes || sha !== entry.sha256)
      throw new Error(
        `${entry.path}: ${bytes.length} bytes, SHA-256 ${sha}; manifest.json lists ${entry.bytes}, ${entry.sha256}`,
      );
    files[entry.path] = bytes;
  }
  writeAtomically(path.resolve(out), files);
  console.log(
    `restore: ${Object.keys(files).length} files from ${base.href} to ${path.relative(root, out) || out}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`restore failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
