/**
 * `vite preview` of a build on 127.0.0.1: the server every end-to-end test runs against (started by
 * playwright.config.ts's webServer) and the bench's (started here, by `startPreview`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** The command line that serves `outDir` on 127.0.0.1:`port`, failing rather than moving to another port. */
export function previewCommand(outDir: string, port: number): [string, ...string[]] {
  return [
    'node_modules/.bin/vite',
    'preview',
    '--outDir',
    outDir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ];
}

/** A TCP port free on 127.0.0.1 right now (another process may still take it before we bind it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** Starts `vite preview` of `outDir` on 127.0.0.1 (a free port) and resolves once it answers HTTP. */
export async function startPreview(outDir = 'dist', timeoutMs = 30_000): Promise<Preview> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/index.html missing: run \`npm run build\` first`);
  let lastError = '';
  // Another process may grab the free port between our probe and vite's bind: retry a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const [command, ...args] = previewCommand(outDir, port);
    const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d));
    child.stderr?.on('data', (d: Buffer) => (output += d));
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    process.once('exit', stop); // last resort: never leave a server behind
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return { url, stop };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    stop();
    lastError = `vite preview did not answer on ${url}:\n${output}`;
  }
  throw new Error(lastError);
}
