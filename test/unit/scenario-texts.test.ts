import { describe, expect, it } from 'vitest';
import { scenarioTexts, scenarioTextsApart } from '../../data/scenario-texts.ts';
import { readCatalogFiles } from '../../data/check-scenarios.ts';
import { parseCatalog } from '../../src/lib/scenarios/catalog.ts';
import type { ScenarioFile } from '../../src/lib/scenarios/schema.ts';
import { splitTexts, type CatalogTexts } from '../../src/lib/scenarios/texts.ts';

const files = readCatalogFiles('data/scenarios') as Record<string, ScenarioFile>;
const withVariants = Object.values(files).find((f) => f.variants)!;

type Hook = (this: unknown, ...args: string[]) => unknown;
const call = (hook: unknown, ...args: string[]) => (hook as Hook).call({}, ...args);

describe('scenario texts apart', () => {
  it('splits a file into terms without texts and the texts, losing nothing', () => {
    const { core, texts } = splitTexts(withVariants);
    expect(Object.keys(core)).not.toContain('summary');
    expect(Object.keys(core)).not.toContain('sources');
    expect(Object.keys(core)).not.toContain('note');
    for (const x of core.variants as object[]) expect(Object.keys(x)).not.toContain('summary');
    const back = {
      ...core,
      ...texts,
      variants: (core.variants as { id: string }[]).map((x) => ({ ...x, summary: texts.variants[x.id] })),
    };
    expect(back).toEqual(withVariants);
  });

  it('bundles each scenario file without its texts in a build, and the app accepts it so', () => {
    const plugin = scenarioTextsApart();
    expect(plugin.apply).toBe('build');
    const bundled = Object.fromEntries(
      Object.entries(files).map(([name, f]) => {
        const out = call(plugin.transform, JSON.stringify(f), `/repo/data/scenarios/${name}`) as {
          code: string;
        };
        return [name, JSON.parse(out.code) as unknown];
      }),
    );
    expect(JSON.stringify(bundled)).not.toContain('"summary"');
    expect(() => parseCatalog(bundled)).toThrow(/summary/);
    const apart = parseCatalog(bundled, { texts: 'apart' });
    expect(apart.map((s) => s.id).sort()).toEqual(
      Object.values(files)
        .map((f) => f.id)
        .sort(),
    );
    expect(call(plugin.transform, '{}', '/repo/src/other.json')).toBeUndefined();
  });

  it('serves every scenario’s texts from virtual:scenario-texts', async () => {
    const plugin = scenarioTexts();
    const id = call(plugin.resolveId, 'virtual:scenario-texts') as string;
    const code = call(plugin.load, id) as string;
    const texts = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default as CatalogTexts;
    for (const f of Object.values(files)) expect(texts[f.id]).toEqual(splitTexts(f).texts);
  });
});
