import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from 'culori';
import { PALETTE } from './palette.ts';

/** Full dichromacy, simulated after Machado et al. (2009), as culori implements it. */
const VISION: Record<string, (c: Color) => Color> = {
  typical: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

/** The land fills a reader must tell apart; claimed and demilitarised land also carry a pattern. */
const LAND = ['ukraine', 'russianHeld', 'uaHeldInRussia', 'contested'] as const;

/** CIEDE2000 of 10 or more reads as a different colour at a glance, not only side by side. */
const APART = 10;

const deltaE = differenceCiede2000();

describe('palette under colour-vision deficiencies', () => {
  for (const [vision, simulate] of Object.entries(VISION))
    it(`keeps every pair of land fills apart with ${vision}`, () => {
      const seen = (key: (typeof LAND)[number]) => simulate(parse(PALETTE[key])!);
      for (const [i, a] of LAND.entries())
        for (const b of LAND.slice(i + 1))
          expect(deltaE(seen(a), seen(b)), `${a} vs ${b}`).toBeGreaterThanOrEqual(APART);
    });

  it('keeps land apart from water with every vision', () => {
    for (const simulate of Object.values(VISION))
      for (const land of LAND)
        expect(deltaE(simulate(parse(PALETTE[land])!), simulate(parse(PALETTE.water)!))).toBeGreaterThan(8);
  });
});
