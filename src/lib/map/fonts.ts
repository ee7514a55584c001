/**
 * The label font, served by the app itself: Noto Sans from @fontsource (Latin + Cyrillic subsets),
 * bundled by Vite and handed to MapLibre through the style's `font-faces`, which draws glyphs from
 * the font file locally — no glyph server, no request to another host.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';

/**
 * The one font name used in `text-font`. One weight only: a second (SemiBold, for region names) was
 * 13 KB of every first view, 2 % of an embed's budget; region names are told apart by capitals,
 * spacing and size instead, as on printed maps.
 */
export const FONT_REGULAR = 'Noto Sans Regular';

// Unicode ranges as @fontsource declares them for each subset file.
const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/** `font-faces` for the style, with absolute URLs so they resolve the same from the worker. */
export function fontFaces(base: string): FontFacesSpecification {
  const face = (url: string, ranges: string[]) => ({ url: new URL(url, base).href, 'unicode-range': ranges });
  return {
    [FONT_REGULAR]: [face(latin400, LATIN), face(cyrillic400, CYRILLIC)],
  };
}
