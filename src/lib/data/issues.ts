/**
 * Valibot's issues in words, one way for the app and the pipeline (data/validate.ts): where a check
 * failed, as the field path written in the file, and why. Errors built from these name the file too.
 */
import type { BaseIssue } from 'valibot';

/** Longest message kept: valibot quotes the value it received, which a hostile file can make huge. */
const MAX_MESSAGE = 200;

/** A key as written in a field path: bare when it reads as one, else quoted (an unknown key may be ""). */
const pathKey = (k: unknown) =>
  typeof k === 'number' || (typeof k === 'string' && /^[\w-]+$/.test(k))
    ? String(k)
    : JSON.stringify(String(k));

/** The path of the field an issue is about, e.g. `steps.0.scenario`; `(root)` for the value itself. */
export function issuePath(issue: BaseIssue<unknown>): string {
  return issue.path?.length ? issue.path.map((p) => pathKey(p.key)).join('.') : '(root)';
}

/** Why a check failed, capped at MAX_MESSAGE characters. */
export function issueMessage(issue: BaseIssue<unknown>): string {
  const m = issue.message;
  return m.length > MAX_MESSAGE ? `${m.slice(0, MAX_MESSAGE)}…` : m;
}

/** The first issue as "field.path: message", for errors that name the field. */
export function describeIssue(issues: readonly BaseIssue<unknown>[]): string {
  return `${issuePath(issues[0])}: ${issueMessage(issues[0])}`;
}
