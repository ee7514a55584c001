/**
 * The benchmark's baseline: MapLibre with the app's style and first-view data, and nothing else — no
 * Svelte, no table, no area arithmetic. The map box is sized by `?w=&h=` (the bench passes the app's),
 * and `main[data-status="ready"]` is set once the map has loaded and gone idle, as in the app.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { decodeContext, decodeRegions } from '../../src/lib/data/decode.ts';
import {
  LABELLED_UNITS,
  type ContextTopology,
  type Manifest,
  type RegionsTopology,
} from '../../src/lib/data/types.ts';
import { decodeHistory } from '../../src/lib/data/history-format.ts';
import { ControlHistory } from '../../src/lib/data/history.ts';
import { controlView } from '../../src/lib/state/control.svelte.ts';
import { labelCollection } from '../../src/lib/geo/label-collection.ts';
import { fontFaces } from '../../src/lib/map/fonts.ts';
import { buildStyle, SOURCE } from '../../src/lib/map/style.ts';
import { supplyImages } from '../../src/lib/map/images.ts';
import { unitStates } from '../../src/lib/map/filters.ts';
import { HOME } from '../../src/lib/map/territory-map.ts';
import { drawSets } from '../../src/lib/scenarios/draw.ts';
import { DEFAULT_SCENARIO, parseCatalog } from '../../src/lib/scenarios/catalog.ts';
import { SCENARIO_FILES } from '../../src/lib/scenarios/files.ts';
import { resolveTerms } from '../../src/lib/scenarios/terms.ts';
import { decodeTopology } from '../../src/lib/data/topo-binary.ts';
import type { Topology } from 'topojson-specification';

const json = async <T>(file: string): Promise<T> => (await fetch(`data/${file}`)).json() as Promise<T>;
const topology = async <T extends Topology>(file: string): Promise<T> =>
  decodeTopology<T>(new Uint8Array(await (await fetch(`data/${file}`)).arrayBuffer()));

async function main(): Promise<void> {
  const q = new URLSearchParams(location.search);
  const container = document.getElementById('map')!;
  container.style.width = `${q.get('w') ?? 800}px`;
  container.style.height = `${q.get('h') ?? 600}px`;

  const [manifest, regionsTopo, contextTopo, latestBytes] = await Promise.all([
    json<Manifest>('manifest.json'),
    topology<RegionsTopology>('regions.bin'),
    topology<ContextTopology>('context.bin'),
    fetch('data/history-latest.bin').then((r) => r.arrayBuffer()),
  ]);
  const latest = new ControlHistory(decodeHistory(new Uint8Array(latestBytes)));
  const date = manifest.dates.at(-1)!;
  const regions = decodeRegions(regionsTopo);
  const scenario = parseCatalog(SCENARIO_FILES, { texts: 'apart' }).find((s) => s.id === DEFAULT_SCENARIO)!;
  const credit = manifest.layers.map((l) => l.attribution).join('; ');

  maplibregl.setWorkerUrl(workerUrl);
  const map = new maplibregl.Map({
    container,
    style: buildStyle({
      regions,
      context: decodeContext(contextTopo),
      labels: labelCollection(regions.unitProps, LABELLED_UNITS),
      control: controlView(latest, date, manifest.dates.length - 1),
      zone: null,
      date,
      lang: 'en',
      fontFaces: fontFaces(document.baseURI),
      attribution: { control: credit, regions: '', context: '' },
    }),
    bounds: HOME,
  });
  // The style's images, as the app supplies them: without them MapLibre skips the hatches the app draws.
  supplyImages(map);
  // The date and the scenario show through feature state, as the app sets them (src/lib/map/territory-map.ts).
  const sets = drawSets(resolveTerms(scenario), regions.unitProps);
  map.once('load', () => {
    const units = unitStates(
      sets,
      regions.unitProps.map((u) => u.id),
    );
    for (const [id, state] of units) map.setFeatureState({ source: SOURCE.units, id }, state);
    latest.statuses(manifest.dates.length - 1).forEach((st, f) => {
      if (st)
        map.setFeatureState(
          { source: SOURCE.control, id: f },
          { ...units.get(latest.faces.features[f].properties.u), st },
        );
    });
    latest.linesOn(manifest.dates.length - 1).forEach((on, k) => {
      if (on) map.setFeatureState({ source: SOURCE.line, id: k }, { on: true });
    });
    map.once('idle', () => (document.querySelector('main')!.dataset.status = 'ready'));
  });
}

void main();
