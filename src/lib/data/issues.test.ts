import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { describeIssue, issueMessage, issuePath } from './issues.ts';

const issues = (schema: v.GenericSchema, value: unknown) => {
  const r = v.safeParse(schema, value);
  if (r.success) throw new Error('expected a failure');
  return r.issues;
};

describe('valibot issues in words', () => {
  const Steps = v.object({ steps: v.array(v.object({ scenario: v.string() })) });

  it('name the field as a path of keys and indices', () => {
    expect(describeIssue(issues(Steps, { steps: [{ scenario: 'a' }, { scenario: 3 }] }))).toMatch(
      /^steps\.1\.scenario: Invalid type: Expected string but received 3$/,
    );
  });

  it('quote a key that does not read as one, and call the value itself the root', () => {
    const Strict = v.strictObject({ a: v.string() });
    expect(issuePath(issues(Strict, { a: 'x', 'b c': 1 })[0])).toBe('"b c"');
    expect(issuePath(issues(Strict, { a: 'x', '': 1 })[0])).toBe('""');
    expect(describeIssue(issues(v.string(), 1))).toMatch(/^\(root\): /);
  });

  it('cap a message that quotes a huge value', () => {
    const message = issueMessage(issues(v.literal('x'), 'y'.repeat(10_000))[0]);
    expect(message.length).toBe(201);
    expect(message.endsWith('…')).toBe(true);
  });
});
