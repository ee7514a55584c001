import { describe, expect, it } from 'vitest';
import type { LayerSource } from '../data/types.ts';
import { credit, escapeHtml } from './credit.ts';

const layer = (id: string, attribution: string) => ({ id, attribution }) as LayerSource;

describe('credit', () => {
  it('joins the named layers’ attributions once each', () => {
    const layers = [
      layer('a', 'Natural Earth'),
      layer('b', 'Natural Earth'),
      layer('c', 'OCHA'),
      layer('d', 'x'),
    ];
    expect(credit(layers, ['a', 'b', 'c'])).toBe('Natural Earth; OCHA');
  });

  it('writes markup in a data file as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> & "><script>';
    expect(credit([layer('a', hostile)], ['a'])).toBe(escapeHtml(hostile));
    expect(escapeHtml(hostile)).toBe(
      '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; &amp; &quot;&gt;&lt;script&gt;',
    );
  });
});
