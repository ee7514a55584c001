import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedSnippet, embedUrl, type SnippetOptions } from './snippet.ts';
import { holds, runs } from '../property.test-data.ts';

const BASE: SnippetOptions = {
  url: 'https://maps.example.org/territory/?embed=1&scenario=claimed',
  width: 800,
  height: 600,
  responsive: false,
  title: 'Map: territorial control',
};

const decode = (s: string) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The snippet's tags, each with its attributes decoded, read the way an HTML tokenizer would. */
function tags(html: string) {
  return [...html.matchAll(/<(iframe|script)\b([^<>]*)>/g)].map(([, name, rest]) => ({
    name,
    attrs: Object.fromEntries(
      [...rest.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [
        k,
        v === undefined ? '' : decode(v),
      ]),
    ),
  }));
}

describe('embedSnippet', () => {
  it('writes a fixed-size frame, lazy, without referrer, with a title', () => {
    const html = embedSnippet(BASE);
    expect(html).toBe(
      '<iframe src="https://maps.example.org/territory/?embed=1&amp;scenario=claimed" ' +
        'title="Map: territorial control" loading="lazy" referrerpolicy="no-referrer" ' +
        'width="800" height="600" style="border:0"></iframe>',
    );
  });

  it('writes a responsive frame and loads embed.js from beside the app', () => {
    const html = embedSnippet({ ...BASE, responsive: true, height: 640 });
    const [frame, script] = tags(html);
    expect(frame.attrs).toMatchObject({
      'data-territory-scenarios': '',
      height: '640',
      style: 'width:100%;border:0',
      title: BASE.title,
    });
    expect(frame.attrs.width).toBeUndefined();
    expect(script).toEqual({
      name: 'script',
      attrs: { src: 'https://maps.example.org/territory/embed.js', async: '' },
    });
    expect(html.split('\n')).toHaveLength(2);
  });

  it('keeps hostile titles and URLs inside their attributes', () => {
    const title = '"><script>alert(1)</script><iframe src=\'x\' a="&amp;';
    const url = 'https://maps.example.org/?embed=1&x="><script>alert(1)</script>\'';
    for (const responsive of [false, true]) {
      const html = embedSnippet({ ...BASE, url, title, responsive });
      const found = tags(html);
      expect(found.map((t) => t.name)).toEqual(responsive ? ['iframe', 'script'] : ['iframe']);
      expect(found[0].attrs.title).toBe(title);
      expect(new URL(found[0].attrs.src).searchParams.get('x')).toBe('"><script>alert(1)</script>\'');
      expect(html).not.toContain('<script>alert');
    }
  });

  it(`round-trips any title through the attribute ${runs()}`, () => {
    // Mostly the characters HTML cares about, among ordinary and astral ones.
    const hostile = fc.string({
      unit: fc.oneof(fc.constantFrom('"', "'", '<', '>', '&', '&amp;', '=', ' ', '\n', '🙂'), fc.string()),
    });
    holds(
      fc.property(hostile, fc.boolean(), (title, responsive) => {
        const found = tags(embedSnippet({ ...BASE, title, responsive }));
        expect(found.map((t) => t.name)).toEqual(responsive ? ['iframe', 'script'] : ['iframe']);
        expect(found[0].attrs.title).toBe(title.trim());
      }),
    );
  });

  it('embeds only http(s) addresses', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<p>', 'ftp://x.org/', '/relative', '']) {
      expect(() => embedSnippet({ ...BASE, url })).toThrow(TypeError);
    }
  });

  it('clamps sizes to whole pixels within 100–5000, a cleared field to the minimum', () => {
    const size = (width: number, height: number) => tags(embedSnippet({ ...BASE, width, height }))[0].attrs;
    expect(size(799.6, 20)).toMatchObject({ width: '800', height: '100' });
    expect(size(1e6, NaN)).toMatchObject({ width: '5000', height: '100' });
  });
});

describe('embedUrl', () => {
  it('is the permalink with embed=1, every parameter of the view kept as written', () => {
    const page =
      'https://maps.example.org/territory/?scenario=plan-2025-12&variant=donbas-zone&custom=kherson:ru&date=2025-12-23&view=37.5,48.1,6.2&lang=uk&tour=proposals&step=2';
    expect(embedUrl(page)).toBe(`${page}&embed=1`);
  });

  it('leaves presentation mode out and does not repeat the embed flag', () => {
    expect(embedUrl('https://maps.example.org/?present=1&scenario=claimed&date=2026-08-22')).toBe(
      'https://maps.example.org/?scenario=claimed&date=2026-08-22&embed=1',
    );
    expect(embedUrl('https://maps.example.org/?embed=1&date=2026-08-22')).toBe(
      'https://maps.example.org/?embed=1&date=2026-08-22',
    );
    expect(embedUrl('https://maps.example.org/')).toBe('https://maps.example.org/?embed=1');
  });
});
