/**
 * `lang=uk` is Ukrainian throughout: no English sentence from the catalogue, no English layer text
 * from the data manifest and no English power-plant name is left on the page, with every panel
 * opened, in the full app, the compare view and presentation mode.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { READY } from './map-helpers.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { uk } from '../../src/lib/i18n/uk.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import type { ContextTopology, LayerText, Manifest, PlantProps } from '../../src/lib/data/types.ts';
import { decodeTopology } from '../../src/lib/data/topo-binary.ts';

/** Names written the same in both languages, which may show up inside a longer message. */
const PROPER_NAMES = /DeepStateMap|GeographicLib|COD-AB|Natural Earth|OCHA|WRI|WGS84/;

/** English messages worth looking for: plain strings of some length that Ukrainian says otherwise. */
const english = Object.entries(en).flatMap(([key, value]) => {
  const ukValue = uk[key as keyof typeof uk];
  const pairs: [string, unknown][] =
    typeof value === 'string'
      ? [[value, ukValue]]
      : Array.isArray(value)
        ? value.map((v, i) => [v, (ukValue as readonly string[])[i]] as [string, unknown])
        : [];
  return pairs
    .filter(([v, u]) => v.length > 12 && v !== u && !PROPER_NAMES.test(v))
    .map(([v]) => ({ key, text: v }));
});

const readData = <T>(file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;

/** Each layer's English texts that have a Ukrainian version (the rest are proper names). */
const layerTexts = readData<Manifest>('manifest.json').layers.flatMap((layer) =>
  (Object.keys(layer.uk) as LayerText[]).map((key) => ({
    key: `${layer.id}.${key}`,
    text: layer[key] ?? '',
  })),
);

/** English plant names unlike their Ukrainian ones. */
const plantNames = decodeTopology<ContextTopology>(readFileSync('public/data/context.bin'))
  .objects.plants.geometries.map((g) => g.properties as PlantProps)
  .filter((p) => p.name !== p.name_uk)
  .map((p) => ({ key: `plant ${p.id}`, text: p.name }));

async function englishOnPage(page: Page): Promise<string[]> {
  const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
  return [...english, ...layerTexts, ...plantNames]
    .filter((m) => text.includes(m.text.replace(/\s+/g, ' ')))
    .map((m) => `${m.key}: ${m.text}`);
}

async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

test.describe('i18n', () => {
  test('the catalogue and the data have English to look for', async () => {
    assert.ok(english.length > 40, `only ${english.length} messages`);
    assert.ok(layerTexts.length > 30, `only ${layerTexts.length} layer texts`);
    assert.equal(plantNames.length, 65);
  });

  test('lang=uk: no English message in the full app with every panel open', async ({ page }) => {
    await page.goto('/?lang=uk&compare=claimed');
    await page.locator(READY).waitFor();
    await openEverything(page);
    await page.getByTestId('plants').locator('button.more').click(); // every plant, not the first few
    assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
    assert.deepEqual(await englishOnPage(page), []);
  });

  test('lang=uk: no English message in presentation mode or the Embed dialog', async ({ page }) => {
    await page.goto('/?lang=uk');
    await page.locator(READY).waitFor();
    await page.locator('button[data-export]').first().waitFor();
    await page.getByRole('button', { name: uk.embed }).click();
    assert.deepEqual(await englishOnPage(page), []);
    await page.keyboard.press('Escape');
    await page.goto('/?lang=uk&present=1&tour=front-line-2022-2026&step=2');
    await page.getByTestId('present-panel').waitFor();
    assert.deepEqual(await englishOnPage(page), []);
  });

  test('the language button switches to Ukrainian, fetching its messages only then', async ({
    page,
    requests,
  }) => {
    await page.goto('/');
    await page.locator(READY).waitFor();
    const catalogue = /\/assets\/uk-[\w-]+\.js$/;
    assert.ok(!requests.some((r) => catalogue.test(r)), 'the Ukrainian messages came with the English page');
    await page.getByRole('button', { name: LANGUAGES.uk.buttonLabel }).click();
    await page.locator('h1', { hasText: uk.title }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
    assert.ok(requests.some((r) => catalogue.test(r)));
    // The live region speaks again once the change has settled (LiveStatus waits 600 ms).
    await page.getByTestId('live-status').filter({ hasText: 'під контролем Росії' }).waitFor();
    await openEverything(page);
    assert.deepEqual(await englishOnPage(page), []);
  });
});
