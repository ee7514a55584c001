import { describe, expect, it } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, LABEL_TEXT, LAYER, SOURCE, type LayerId } from './style.ts';
import { initialStyle, type MapState } from './territory-map.ts';
import { mapImages, PATTERNS } from './pattern.ts';
import { drawSets } from '../scenarios/draw.ts';
import { terms } from '../scenarios/catalog.test-data.ts';
import { DATES, day, INPUT, latestDay, regions } from './map.test-data.ts';
import type { Lang } from '../state/url.ts';

const state = (i: number, lang: Lang = 'en', scenario = 'controlled'): MapState => ({
  control: i === 3 ? latestDay() : day(i),
  sets: drawSets(terms(scenario), regions.unitProps),
  zone: null,
  date: DATES[i],
  lang,
});

// The style-spec's types and maplibre-gl's are the same spec, declared twice.
const validate = (style: unknown) => validateStyleMin(style as StyleSpecification);
const layer = (style: StyleSpecification, id: LayerId) => style.layers.find((l) => l.id === id)!;

describe('buildStyle', () => {
  it('makes a valid style, in either language, before and after a reservoir drained, from either history', () => {
    for (const lang of ['en', 'uk'] as const)
      for (const i of [0, 2, 3]) expect(validate(initialStyle(INPUT, state(i, lang)))).toEqual([]);
  });

  it('has exactly the registry’s sources and layers, the layers in its order', () => {
    const style = initialStyle(INPUT, state(0));
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCE).sort());
    expect(style.layers.map((l) => l.id)).toEqual(Object.values(LAYER));
    for (const l of style.layers) if ('source' in l) expect(Object.values(SOURCE), l.id).toContain(l.source);
  });

  it('draws the history of the control view it is given, its faces and arcs keyed by feature id', () => {
    const view = day(1);
    const style = buildStyle({ ...INPUT, ...state(1) });
    expect(style.sources[SOURCE.control]).toMatchObject({ data: view.history.faces, promoteId: 'k' });
    expect(style.sources[SOURCE.line]).toMatchObject({ data: view.history.lines, promoteId: 'k' });
    expect(style.sources[SOURCE.units]).toMatchObject({ promoteId: 'id' });
  });

  it('writes the labels in the language, as the wrapper switches them', () => {
    for (const lang of ['en', 'uk'] as const) {
      const style = initialStyle(INPUT, state(0, lang));
      for (const [id, text] of Object.entries(LABEL_TEXT)) {
        const l = layer(style, id as LayerId);
        expect(l.type).toBe('symbol');
        expect((l.layout as Record<string, unknown>)['text-field']).toEqual(text(lang));
      }
    }
  });

  it('fills with patterns the map has images for', () => {
    const style = initialStyle(INPUT, state(0));
    const used = style.layers.flatMap((l) =>
      l.type === 'fill' && typeof l.paint?.['fill-pattern'] === 'string' ? [l.paint['fill-pattern']] : [],
    );
    const ids = Object.values(PATTERNS).map((p) => p.id);
    expect(new Set(used)).toEqual(new Set(ids));
    expect(Object.keys(mapImages()).sort()).toEqual([...ids].sort());
  });

  it('lets the wrapper skip the hover outline by its layer opacity', () => {
    const style = initialStyle(INPUT, state(0));
    for (const opacity of [0, 1]) {
      const changed = structuredClone(style);
      Object.assign(layer(changed, LAYER.unitsHover).paint!, { 'line-layer-opacity': opacity });
      expect(validate(changed)).toEqual([]);
    }
  });

  it('draws the scenario layers by feature state alone, none skipped by a layer opacity', () => {
    // A layer opacity would have to change with the scenario: a change of style, two frames a switch.
    const style = initialStyle(INPUT, state(0));
    for (const id of [
      LAYER.claimedHatch,
      LAYER.dmzHatch,
      LAYER.controlFill,
      LAYER.toRuFill,
      LAYER.toUaFill,
    ]) {
      const paint = layer(style, id).paint as Record<string, unknown>;
      expect(paint['fill-layer-opacity'], id).toBeUndefined();
      expect(JSON.stringify(paint['fill-opacity']), id).toContain('feature-state');
    }
  });

  it('lays the focus border on the focus units and writes the labelled units’ names', () => {
    const style = initialStyle(INPUT, state(0));
    expect(layer(style, LAYER.unitsFocusLine)).toMatchObject({ source: SOURCE.units });
    const labels = style.sources[SOURCE.labels] as { data: GeoJSON.FeatureCollection };
    expect(labels.data.features.map((f) => f.properties!.id).sort()).toEqual(['donetsk', 'kursk']);
  });
});
