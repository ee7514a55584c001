/**
 * Where the data files come from. Normally `data/<file>` beside the page; in the offline single file
 * (`npm run build:single`, scripts/single-file.ts) each file sits in the page itself, gzipped and
 * base64-encoded in a `<script type="application/gzip" data-file="<file>">` block, since the control
 * history is far too large to inline as plain JSON.
 */

/** The inlined block of `file`, if the page carries one. */
function inlined(file: string): Element | null {
  if (typeof document === 'undefined') return null;
  return document.querySelector(`script[type="application/gzip"][data-file="${CSS.escape(file)}"]`);
}

/** Decodes a gzipped, base64-encoded block into a Response whose body is the original file. */
function decodeBlock(block: Element): Response {
  const binary = atob((block.textContent ?? '').trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

/** Fetches begun before the code that reads them ran (`fetchEarly`), by URL; each is handed out once. */
const early = new Map<string, Promise<Response>>();

/**
 * Starts fetching `files` now. The page mounts once its language's messages are in; the first
 * view's data need not wait for them too.
 */
export function fetchEarly(files: readonly string[], base: string): void {
  for (const file of files) {
    if (inlined(file)) continue;
    const url = new URL(`data/${file}`, base);
    const response = fetch(url);
    // A file the page turns out not to need (areas-first.json on a link to an older day) must not
    // report its failure as unhandled; whoever opens it still gets the rejection.
    response.catch(() => undefined);
    early.set(url.href, response);
  }
}

/** Opens a data file: from the page when it is inlined, else fetched from `<base>data/<file>`. */
export function openDataFile(file: string, base: string): Promise<Response> {
  const block = inlined(file);
  if (block) return Promise.resolve().then(() => decodeBlock(block));
  const url = new URL(`data/${file}`, base);
  const started = early.get(url.href);
  early.delete(url.href);
  return started ?? fetch(url);
}
