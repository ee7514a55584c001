/**
 * The daily workflow cannot run here; this checks what can be: it parses, it runs on a schedule and
 * by hand, every `npm run` it calls exists, every script it runs is in the repository, and it deploys
 * what the build writes.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';

const workflow = parse(fs.readFileSync('.github/workflows/update.yml', 'utf8'));
const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = Object.values(
  workflow.jobs as Record<string, { steps: never[] }>,
).flatMap((j) => j.steps);
const commands = steps.flatMap((s) => s.run?.split('\n') ?? []);

describe('the daily update workflow', () => {
  it('runs every day and on demand', () => {
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('calls only npm scripts that exist, and runs the update, the tests and the build', () => {
    const called = commands.flatMap((c) => [...c.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    for (const name of called) expect(scripts, `npm run ${name}`).toHaveProperty(name);
    expect(called).toEqual(expect.arrayContaining(['data:update', 'build']));
    expect(commands).toContain('npm test');
    expect(commands).toContain('npm ci');
  });

  it('runs only scripts that are in the repository', () => {
    const files = commands.flatMap((c) => [...c.matchAll(/npx tsx (\S+)/g)].map((m) => m[1]));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(fs.existsSync(f), f).toBe(true);
  });

  it('deploys the built dist/ to GitHub Pages', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
