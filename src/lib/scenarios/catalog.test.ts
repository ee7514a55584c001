import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Areas, RegionsTopology, UnitProps } from '../data/types.ts';
import { FOCUS_REGIONS } from '../data/types.ts';
import { orderCatalog, parseCatalog, ScenarioFileError } from './catalog.ts';
import { CATALOG } from './catalog.test-data.ts';
import { SCENARIO_FILES } from './files.ts';
import { evaluateScenario } from './evaluate.ts';
import { resolveTerms } from './terms.ts';
import { decodeTopology } from '../data/topo-binary.ts';

const file = (name: string) =>
  structuredClone(SCENARIO_FILES[`../../../data/scenarios/${name}`]) as Record<string, unknown>;

describe('parseCatalog', () => {
  it('accepts every file in data/scenarios', () => {
    expect(CATALOG.map((s) => s.id).sort()).toEqual([
      'abu-dhabi-geneva-2026-02',
      'alaska-2025-08',
      'anchorage-formula-2026-01',
      'borders-1991',
      'buffer-zone',
      'ceasefire-2025-03',
      'claimed',
      'controlled',
      'europe-counter-2025-11',
      'free-economic-zone-2025-12',
      'kellogg-fleitz-2025-04',
      'kursk-exchange-2025-02',
      'plan-2025-12',
      'russia-demand-2024-06',
      'us-final-offer-2025-04',
      'us-plan-2025-11',
      'zelensky-zone-2025-12',
    ]);
    expect(CATALOG.filter((s) => s.kind === 'proposal').length).toBeGreaterThanOrEqual(12);
  });

  it('names the file and the field of a bad scenario', () => {
    const bad = (name: string, edit: (s: Record<string, unknown>) => void) => {
      const s = file(name);
      edit(s);
      return () => parseCatalog({ ...SCENARIO_FILES, [`../../../data/scenarios/${name}`]: s });
    };
    expect(bad('us-plan-2025-11.json', (s) => ((s.rules as { to: string }[])[0].to = 'mars'))).toThrow(
      /^us-plan-2025-11\.json: rules\.0\.to: /,
    );
    expect(bad('claimed.json', (s) => (s.rules = (s.rules as unknown[]).slice(1)))).toThrow(
      'claimed.json: rules: every region needs exactly one rule',
    );
    expect(bad('plan-2025-12.json', (s) => delete (s.title as Record<string, string>).uk)).toThrow(
      /^plan-2025-12\.json: title\.uk: /,
    );
    expect(bad('alaska-2025-08.json', (s) => (s.id = 'alaska'))).toThrow(ScenarioFileError);
    expect(bad('ceasefire-2025-03.json', (s) => delete s.basis)).toThrow(
      /a proposal needs announced, basis and sources/,
    );
    expect(bad('ceasefire-2025-03.json', (s) => (s.surprise = 1))).toThrow(/^ceasefire-2025-03\.json: /);
  });

  it('requires the stops that frame the slider', () => {
    const rest = Object.fromEntries(
      Object.entries(SCENARIO_FILES).filter(([k]) => !k.endsWith('/claimed.json')),
    );
    expect(() => parseCatalog(rest)).toThrow('claimed.json: missing from the catalog');
  });
});

describe('the catalog on the real data (public/data, built by the pipeline)', () => {
  const areas = JSON.parse(readFileSync('public/data/areas.json', 'utf8')) as Areas;
  const topo = decodeTopology<RegionsTopology>(readFileSync('public/data/regions.bin'));
  const units = (
    feature(topo, topo.objects.units) as unknown as { features: { properties: UnitProps }[] }
  ).features.map((f) => f.properties);
  const last = areas.dates.length - 1;

  it('orders the slider by the share of Ukraine left under Russian control', () => {
    const order = orderCatalog(CATALOG, areas, units).map((s) => s.id);
    expect(order.slice(0, 3)).toEqual(['borders-1991', 'controlled', 'buffer-zone']);
    expect(order.at(-1)).toBe('claimed');
    const ru = order.slice(3, -1).map((id) => {
      const s = CATALOG.find((x) => x.id === id)!;
      return evaluateScenario(areas, units, last, resolveTerms(s)).regions.ukraine.ru;
    });
    expect(ru).toEqual([...ru].sort((a, b) => a - b));
  });

  it('holds the invariants for every scenario and variant on first, middle and last day', () => {
    for (const s of CATALOG) {
      for (const variant of [null, ...(s.variants ?? []).map((x) => x.id)]) {
        for (const i of [0, Math.floor(last / 2), last]) {
          const r = evaluateScenario(areas, units, i, resolveTerms(s, variant));
          const line = evaluateScenario(
            areas,
            units,
            r.referenceIndex,
            resolveTerms(CATALOG.find((x) => x.id === 'controlled')!),
          );
          for (const [id, f] of Object.entries(r.regions)) {
            expect(f.ru + f.ua + f.dmz + f.contested).toBeCloseTo(f.area, 6);
            expect(f.change).toBeCloseTo(f.ru - line.regions[id as keyof typeof r.regions].ru, 6);
          }
          if (s.id === 'claimed')
            for (const id of FOCUS_REGIONS) expect(r.regions[id].ru).toBeCloseTo(r.regions[id].area, 6);
        }
      }
    }
  });
});
