import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScenarios } from './check-scenarios.ts';

describe('checkScenarios (build-time check of data/scenarios)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    cpSync('data/scenarios', dir, { recursive: true });
    return dir;
  };

  it('passes the real catalog', () => {
    expect(checkScenarios(copy())).toBeGreaterThanOrEqual(9);
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(copy(), 'claimed.json'), '{ "id": ');
    expect(() => checkScenarios(dir)).toThrow(/^claimed\.json: is not valid JSON/);
  });

  it('names the file and field that break the schema', () => {
    writeFileSync(join(copy(), 'extra.json'), JSON.stringify({ id: 'extra', kind: 'fixed' }));
    expect(() => checkScenarios(dir)).toThrow(/^extra\.json: title: /);
  });
});
