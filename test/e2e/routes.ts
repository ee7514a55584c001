/** Serving a test's own version of a response in the page (page.route). */
import type { APIResponse, Route } from 'playwright-core';

/**
 * Fulfils `route` with `res` and a body of the test's: Playwright hands the body over decoded, so the
 * server's Content-Encoding (it sends precompressed copies) must not go with it.
 */
export function fulfillWith(route: Route, res: APIResponse, body: { body?: Buffer; json?: unknown } = {}) {
  const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = res.headers();
  return route.fulfill({ response: res, headers, ...body });
}
