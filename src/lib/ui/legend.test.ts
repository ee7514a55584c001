import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import { imageLegend, toRuLabel } from './legend.ts';
import { PATTERNS } from '../map/pattern.ts';

const NONE: DrawSets = { line: [], claimed: [], dmz: [], toUa: [], toRu: [] };
const labels = (sets: DrawSets, isClaim: boolean) => imageLegend(sets, isClaim, en).map((k) => k.label);

describe('imageLegend', () => {
  it('labels the annexation claim’s hatch as the claim, as the on-screen legend does', () => {
    const claimed = { ...NONE, claimed: ['donetsk', 'kherson'] };
    expect(labels(claimed, true)).toEqual([en.ruHeld, en.claimedNotHeld]);
    expect(toRuLabel(true, en)).toBe(en.claimedNotHeld);
  });

  it('labels a proposal’s hatch as land that would pass to Russia', () => {
    expect(labels({ ...NONE, claimed: ['donetsk'] }, false)).toEqual([en.ruHeld, en.legendToRu]);
    expect(labels({ ...NONE, toRu: ['kursk'] }, false)).toEqual([en.ruHeld, en.legendToRu]);
  });

  it('keys only what the scenario draws, in the legend’s order', () => {
    expect(labels(NONE, false)).toEqual([en.ruHeld]);
    const all = { line: ['kursk'], claimed: ['luhansk'], dmz: ['donetsk'], toUa: ['kharkiv'], toRu: [] };
    expect(imageLegend(all, false, en).map((k) => k.kind)).toEqual(['fill', 'hatch', 'dots', 'crosshatch']);
  });

  it('keys the buffer zone’s strip with its width and sides, as the on-screen legend does', () => {
    const zone = { km: 15, sides: 'both' };
    const keys = imageLegend(NONE, false, en, zone);
    expect(keys.map((k) => k.label)).toEqual([en.ruHeld, en.zoneLegend('15', 'both')]);
    expect(keys[1].kind).toBe(PATTERNS.dmz.kind);
  });
});
