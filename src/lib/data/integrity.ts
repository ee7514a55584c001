/**
 * Checks a data file's exact bytes against the size and SHA-256 the manifest lists for it, so that a
 * truncated or altered copy fails loudly instead of drawing a wrong map.
 */

/** What manifest.json says about one file. */
export interface Expected {
  bytes: number;
  sha256: string;
}

/** How a file differs from its manifest entry; null from `checkIntegrity` when it does not. */
export type IntegrityProblem = { kind: 'size'; actual: number; expected: number } | { kind: 'hash' };

const hex = (digest: ArrayBuffer) =>
  Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Compares `data` with `expected`. `subtle` is `crypto.subtle`, which browsers expose only in secure
 * contexts (https, localhost, file://): without it only the size is checked, and a same-length
 * alteration goes unnoticed, which is better than refusing to show the map on a plain-http host.
 */
export async function checkIntegrity(
  data: ArrayBuffer,
  expected: Expected,
  subtle: SubtleCrypto | undefined,
): Promise<IntegrityProblem | null> {
  if (data.byteLength !== expected.bytes)
    return { kind: 'size', actual: data.byteLength, expected: expected.bytes };
  if (!subtle) return null;
  const actual = hex(await subtle.digest('SHA-256', data));
  return actual === expected.sha256.toLowerCase() ? null : { kind: 'hash' };
}
