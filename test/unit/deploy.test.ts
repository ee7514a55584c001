/**
 * The hosting examples say what the app is tested under: the Content-Security-Policy in
 * deploy/nginx.conf and in the README's examples is vite.config.ts's `CSP` (which `vite preview`
 * sends to every browser test), so the two cannot drift; and the nginx example keeps the caching,
 * precompression and MIME types the README's "Deploy" promises.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { CSP } from '../../vite.config.ts';

const nginx = fs.readFileSync('deploy/nginx.conf', 'utf8');
const readme = fs.readFileSync('README.md', 'utf8');
/**
 * nginx's directives with their arguments, whitespace collapsed, in order: the text between `;`, `{`
 * and `}` outside quotes (the policy is one quoted argument full of `;`), comments left out.
 */
function directivesOf(conf: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const line of conf.split('\n')) {
    for (const c of line) {
      if (quote) quote = c === quote ? null : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '#') break;
      else if (';{}'.includes(c)) {
        out.push(current);
        current = '';
        continue;
      }
      current += c;
    }
    current += ' ';
  }
  return out.map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
}
const directives = directivesOf(nginx);

/**
 * Every policy in the README's code blocks: a header line (`Content-Security-Policy: …`), a server's
 * quoted value (`Content-Security-Policy "…"`), or a block that is the bare policy.
 */
function readmePolicies(): string[] {
  const blocks = [...readme.matchAll(/^ *```[^\n]*\n([\s\S]*?)^ *```/gm)].map((m) => m[1]);
  return blocks.flatMap((block) => {
    const written = [...block.matchAll(/Content-Security-Policy(?:: (.+)$| "([^"]+)")/gm)].map(
      (m) => m[1] ?? m[2],
    );
    if (written.length) return written;
    return block.trimStart().startsWith('default-src') ? [block] : [];
  });
}
const oneLine = (policy: string) => policy.trim().replace(/\s+/g, ' ');

describe('deploy/nginx.conf', () => {
  it('sends the Content-Security-Policy the app is tested under, on every response', () => {
    const headers = directives.filter((d) => d.startsWith('add_header Content-Security-Policy '));
    expect(headers).toEqual([`add_header Content-Security-Policy "${CSP}" always`]);
  });

  it('keeps hashed assets a year, revalidates everything else, and sends the precompressed copies', () => {
    expect(nginx).toMatch(/~\/assets\/\s+"public, max-age=31536000, immutable";/);
    expect(nginx).toMatch(/default\s+"no-cache";/);
    expect(directives).toContain('add_header Cache-Control $territory_cache_control always');
    expect(directives).toEqual(
      expect.arrayContaining(['gzip_static on', 'brotli_static on', 'gzip_vary on']),
    );
  });

  it('gives MapLibre’s .mjs worker a JavaScript type, on top of the standard list', () => {
    const include = directives.indexOf('include /etc/nginx/mime.types');
    expect(include).toBeGreaterThanOrEqual(0);
    expect(directives.indexOf('text/javascript mjs')).toBeGreaterThan(include);
  });

  it('sets no header in a location, which would drop the server’s', () => {
    const locations = nginx.replace(/#.*$/gm, '').match(/location[^{]*\{[^}]*\}/g) ?? [];
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) expect(l).not.toMatch(/add_header/);
  });
});

describe('the README', () => {
  it('gives hosts the same policy everywhere it writes one', () => {
    const policies = readmePolicies();
    // Hosting's bare policy, the header line and the Caddy example under Deploy.
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const p of policies) expect(oneLine(p)).toBe(CSP);
  });
});
