/** scripts/restore-data.ts against a local copy of a deployment served on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { runTsx, snapshotDir } from '../fixtures/pipeline.ts';

let site: http.Server;
let url: string;
let work: string;
const served = new Map<string, Buffer>();

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'territory-restore-'));
  for (const f of fs.readdirSync('public/data'))
    served.set(`/site/data/${f}`, fs.readFileSync(path.join('public/data', f)));
  site = http.createServer((req, res) => {
    const body = served.get(req.url ?? '');
    res.writeHead(body ? 200 : 404);
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/site/`;
});
afterAll(() => {
  site.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('restoring the published data', () => {
  it('copies every file the manifest lists, checked, byte for byte', async () => {
    const out = path.join(work, 'ok');
    const r = await runTsx('scripts/restore-data.ts', [url, out], {});
    expect(r.code).toBe(0);
    expect(snapshotDir(out)).toEqual(snapshotDir('public/data'));
  });

  it('writes nothing when a file differs from the manifest, and says which', async () => {
    const out = path.join(work, 'bad');
    const key = '/site/data/areas.json';
    const good = served.get(key)!;
    served.set(key, Buffer.concat([good, Buffer.from(' ')]));
    try {
      const r = await runTsx('scripts/restore-data.ts', [url, out], {});
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/areas\.json: \d+ bytes, SHA-256 \w+; manifest\.json lists/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      served.set(key, good);
    }
  });

  it('exits 2 when the site’s data is in another schema, for the job to build it in full', async () => {
    const key = '/site/data/manifest.json';
    const good = served.get(key)!;
    const old = { ...JSON.parse(good.toString('utf8')), schema: 1 };
    served.set(key, Buffer.from(JSON.stringify(old)));
    try {
      const out = path.join(work, 'old');
      const r = await runTsx('scripts/restore-data.ts', [url, out], {});
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/has data in schema 1; this code writes \d+/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      served.set(key, good);
    }
  });

  it('exits 2 when the site has no data yet, for a first deployment to build it', async () => {
    const r = await runTsx(
      'scripts/restore-data.ts',
      [url.replace('/site/', '/empty/'), path.join(work, 'none')],
      {},
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/has no data yet/);
  });
});
