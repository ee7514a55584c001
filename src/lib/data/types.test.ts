import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTopology } from './topo-binary.ts';
import { FOCUS_REGIONS, FOCUS_UNITS, LABELLED_UNITS, type RegionsTopology, type UnitProps } from './types.ts';

/** The built regions file, as the app reads it. */
const regions = decodeTopology<RegionsTopology>(
  readFileSync(new URL('../../../public/data/regions.bin', import.meta.url)),
);
const units = regions.objects.units.geometries.map((g) => g.properties as UnitProps);

describe('focus units', () => {
  it('are exactly the units of the focus regions', () => {
    const inFocus = units.filter((u) => (FOCUS_REGIONS as readonly unknown[]).includes(u.region));
    expect(inFocus.map((u) => u.id).sort()).toEqual([...FOCUS_UNITS].sort());
  });

  it('are labelled once per focus region', () => {
    const labelled = units.filter((u) => LABELLED_UNITS.has(u.id));
    expect(labelled.map((u) => u.region).sort()).toEqual([...FOCUS_REGIONS].sort());
  });
});
