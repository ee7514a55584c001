import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTours } from './check-tours.ts';

describe('checkTours (build-time check of data/tours)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'tours-'));
    cpSync('data/tours', dir, { recursive: true });
    return dir;
  };
  const edit = (name: string, change: (t: { steps: Record<string, unknown>[] }) => void) => {
    const path = join(copy(), name);
    const tour = JSON.parse(readFileSync(path, 'utf8'));
    change(tour);
    writeFileSync(path, JSON.stringify(tour));
  };

  it('passes the real tours', () => {
    expect(checkTours(copy(), 'data/scenarios')).toBe(2);
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(copy(), 'proposals.json'), '{ "id": ');
    expect(() => checkTours(dir, 'data/scenarios')).toThrow(/^proposals\.json: is not valid JSON/);
  });

  it('names the file and field that break the schema', () => {
    edit('front-line-2022-2026.json', (t) => (t.steps[3].date = '2022-11-31'));
    expect(() => checkTours(dir, 'data/scenarios')).toThrow(/^front-line-2022-2026\.json: steps\.3\.date: /);
  });

  it('names a step whose scenario is not in the catalog', () => {
    edit('proposals.json', (t) => (t.steps[8].scenario = 'claimed-2030'));
    expect(() => checkTours(dir, 'data/scenarios')).toThrow(
      'proposals.json: steps.8.scenario: "claimed-2030" is not in the scenario catalog',
    );
  });
});
