/**
 * Links to outside pages come from data files. Only http(s) ones become links: a `javascript:` URL
 * in a damaged or hostile file must not become something a reader can click (the strict CSP would
 * block it too, but a host may serve the app without it).
 */

/** `url` when it is an http(s) URL, else null. */
export function webLink(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
