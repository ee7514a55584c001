/** The example host page must work offline from the app's own origin: nothing may point elsewhere. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HTML = readFileSync(new URL('../../public/embed-example.html', import.meta.url), 'utf8');

describe('public/embed-example.html', () => {
  it('loads nothing from another origin', () => {
    const urls = [...HTML.matchAll(/\b(?:src|href|action|poster)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\.\//);
    expect(HTML).not.toMatch(/url\(|@import|https?:|\/\//);
  });

  it('has two marked embeds, the second on the US plan, and includes embed.js', () => {
    const frames = [...HTML.matchAll(/<iframe\b[^>]*>/g)].map((m) => m[0]);
    expect(frames).toHaveLength(2);
    for (const f of frames) expect(f).toMatch(/data-territory-scenarios[\s>]/);
    expect(frames[1]).toContain('src="./?embed=1&amp;scenario=us-plan-2025-11"');
    expect(HTML).toContain('<script src="./embed.js"></script>');
  });
});
