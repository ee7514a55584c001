/**
 * The HTML an editor pastes to embed the map (the Embed dialog): an <iframe>, and for a responsive
 * embed the one line that loads public/embed.js from the app's own origin to size it.
 */
import { MAX_HEIGHT } from './protocol.ts';
import { setFlag } from '../state/url.ts';

export interface SnippetOptions {
  /** The embed's address, absolute http(s), e.g. `https://…/?embed=1&scenario=claimed`. */
  url: string;
  /** Pixels; ignored when responsive (the embed takes the column's width). */
  width: number;
  /** Pixels; when responsive, the height until embed.js sets the real one. */
  height: number;
  /** Full width of the host's column, height from the embed's messages. */
  responsive: boolean;
  /** Names the frame for screen readers. */
  title: string;
}

const MIN_SIZE = 100;

/**
 * The embed's address for the page at `pageUrl` (the full app's permalink): the same view with
 * `embed=1`. Presentation mode is dropped, as an article's frame cannot be a classroom screen.
 */
export function embedUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  // Keep `view=…,…` and `custom=…:…` as readable as the permalink writes them.
  url.search = setFlag(setFlag(url.search, 'present', false), 'embed', true)
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':');
  return url.href;
}

/** Escapes text for a double-quoted attribute value (and for text content). */
function escapeAttr(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** A size from a form field, as whole pixels within reason; a cleared field counts as the minimum. */
const px = (x: number) => String(Math.min(MAX_HEIGHT, Math.max(MIN_SIZE, Math.round(x) || 0)));

/**
 * Builds the embed code. Sizes are clamped to 100–5000 px. The frame loads lazily and sends no
 * referrer: the app needs nothing from the host page, and readers' article URLs stay theirs.
 * @throws TypeError when `url` is not an absolute http(s) URL, so nothing but the app can be embedded.
 */
export function embedSnippet({ url, width, height, responsive, title }: SnippetOptions): string {
  const src = new URL(url);
  if (src.protocol !== 'https:' && src.protocol !== 'http:') {
    throw new TypeError(`embed URL must be http(s): ${src.protocol}`);
  }
  const common = `src="${escapeAttr(src.href)}" title="${escapeAttr(title.trim())}" loading="lazy" referrerpolicy="no-referrer"`;
  if (!responsive) {
    return `<iframe ${common} width="${px(width)}" height="${px(height)}" style="border:0"></iframe>`;
  }
  // embed.js sits beside the app's index.html, which `url` points at.
  const script = new URL('embed.js', src).href;
  return (
    `<iframe data-territory-scenarios ${common} height="${px(height)}" style="width:100%;border:0"></iframe>\n` +
    `<script src="${escapeAttr(script)}" async></script>`
  );
}
