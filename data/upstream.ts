/**
 * The upstream daily series on GitHub (cyterat/deepstate-map-data): which day files it has, pinned to
 * one commit, and each file's bytes at that commit. It follows GitHub's REST layout: the branch's
 * commit, then the commit's whole tree (the contents API lists at most 1,000 files a folder, which
 * `data/` passes in 2027), then each file from the raw host at that commit.
 */
import { DataError } from './errors.ts';

export const DEFAULT_API = 'https://api.github.com/repos/cyterat/deepstate-map-data';
export const DEFAULT_RAW = 'https://raw.githubusercontent.com/cyterat/deepstate-map-data';
const BRANCH = 'master';
/** A day file's path in the repository; the date is in its name. */
const DAY_PATH = /^data\/deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/;
/** How long one request may take before the update gives up on it. */
export const TIMEOUT_MS = 30_000;

export interface Upstream {
  api: string;
  raw: string;
  /** Sent as a bearer token when present (GitHub's limit is 60 requests an hour without one). */
  token?: string;
  timeoutMs?: number;
}

/**
 * The upstream from the environment: TERRITORY_UPSTREAM_API, TERRITORY_UPSTREAM_RAW, GITHUB_TOKEN,
 * and TERRITORY_UPSTREAM_TIMEOUT_MS (per request; default 30 s).
 */
export function upstreamFromEnv(env: NodeJS.ProcessEnv = process.env): Upstream {
  const timeout = Number(env.TERRITORY_UPSTREAM_TIMEOUT_MS);
  return {
    api: (env.TERRITORY_UPSTREAM_API || DEFAULT_API).replace(/\/+$/, ''),
    raw: (env.TERRITORY_UPSTREAM_RAW || DEFAULT_RAW).replace(/\/+$/, ''),
    token: env.GITHUB_TOKEN || undefined,
    timeoutMs: timeout > 0 ? timeout : TIMEOUT_MS,
  };
}

export interface UpstreamDayFile {
  date: string;
  path: string;
}

/** Why a request failed, worded for the person running the update. */
function failure(url: string, res: Response): DataError {
  const remaining = res.headers.get('x-ratelimit-remaining');
  const reset = Number(res.headers.get('x-ratelimit-reset'));
  const retry = Number(res.headers.get('retry-after'));
  if (res.status === 429 || (res.status === 403 && (remaining === '0' || retry > 0))) {
    const when =
      Number.isFinite(reset) && reset > 0
        ? `the limit resets at ${new Date(reset * 1000).toISOString().replace('.000Z', 'Z')}`
        : Number.isFinite(retry) && retry > 0
          ? `try again in ${retry} s`
          : 'try again later';
    return new DataError(
      url,
      `HTTP ${res.status}: GitHub's rate limit is reached; ${when} (set GITHUB_TOKEN for a higher limit)`,
    );
  }
  if (res.status === 404) return new DataError(url, 'HTTP 404: not found upstream');
  return new DataError(url, `HTTP ${res.status} ${res.statusText}`.trim());
}

async function get(up: Upstream, url: string, accept: string): Promise<Response> {
  const headers: Record<string, string> = { accept, 'user-agent': 'territory-scenarios data:update' };
  if (up.token) headers.authorization = `Bearer ${up.token}`;
  let res: Response;
  try {
    res = await fetch(url, { headers, signal: AbortSignal.timeout(up.timeoutMs ?? TIMEOUT_MS) });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const why =
      e.name === 'TimeoutError'
        ? `gave no answer within ${(up.timeoutMs ?? TIMEOUT_MS) / 1000} s`
        : `is unreachable (${e.cause?.code ?? e.message})`;
    throw new DataError(url, `the upstream ${why}`);
  }
  if (!res.ok) throw failure(url, res);
  return res;
}

async function json(up: Upstream, url: string): Promise<unknown> {
  const res = await get(up, url, 'application/vnd.github+json');
  try {
    return await res.json();
  } catch {
    throw new DataError(url, 'the answer is not JSON');
  }
}

/** The branch's commit and every day file in its tree, by date. */
export async function listDays(up: Upstream): Promise<{ commit: string; days: UpstreamDayFile[] }> {
  const commitUrl = `${up.api}/commits/${BRANCH}`;
  const commit = ((await json(up, commitUrl)) as { sha?: unknown })?.sha;
  if (typeof commit !== 'string' || !/^[0-9a-f]{7,64}$/i.test(commit))
    throw new DataError(commitUrl, 'the answer has no commit sha');
  const treeUrl = `${up.api}/git/trees/${commit}?recursive=1`;
  const tree = (await json(up, treeUrl)) as {
    tree?: { path?: unknown; type?: unknown }[];
    truncated?: unknown;
  };
  if (!Array.isArray(tree?.tree)) throw new DataError(treeUrl, 'the answer has no tree');
  if (tree.truncated === true)
    throw new DataError(treeUrl, 'GitHub truncated the listing; the day files cannot all be seen');
  const days: UpstreamDayFile[] = [];
  for (const entry of tree.tree) {
    if (entry.type !== 'blob' || typeof entry.path !== 'string') continue;
    const m = DAY_PATH.exec(entry.path);
    if (m) days.push({ date: `${m[1]}-${m[2]}-${m[3]}`, path: entry.path });
  }
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { commit, days };
}

/** One file's bytes at `commit`. */
export async function fetchFile(up: Upstream, commit: string, path: string): Promise<Buffer> {
  const res = await get(up, `${up.raw}/${commit}/${path}`, 'application/octet-stream');
  return Buffer.from(await res.arrayBuffer());
}
