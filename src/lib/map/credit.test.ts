import { describe, expect, it } from 'vitest';
import type { LayerSource } from '../data/types.ts';
import { escapeHtml, htmlCredit } from './credit.ts';

const layer = (id: string, attribution: string) => ({ id, attribution, uk: {} }) as LayerSource;

describe('credit', () => {
  it('joins the named layers’ attributions once each', () => {
    const layers = [
      layer('a', 'Natural Earth'),
      layer('b', 'Natural Earth'),
      layer('c', 'OCHA'),
      layer('d', 'x'),
    ];
    expect(htmlCredit(layers, ['a', 'b', 'c'], 'en')).toBe('Natural Earth; OCHA');
  });

  it('writes markup in a data file as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> & "><script>';
    expect(htmlCredit([layer('a', hostile)], ['a'], 'uk')).toBe(escapeHtml(hostile));
    expect(escapeHtml(hostile)).toBe(
      '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; &amp; &quot;&gt;&lt;script&gt;',
    );
  });
});
