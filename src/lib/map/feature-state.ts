/**
 * What the map shows by feature state (https://maplibre.org/maplibre-style-spec/expressions/#feature-state),
 * which filters.ts's expressions read: a date as which of the history's faces and line arcs are on,
 * the scenario as each unit's state, on the unit and on its faces. Each function sets only what
 * changes, so a date step or a scenario switch is a repaint, never a re-tiling.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ControlHistory } from '../data/history.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import { LAYER, SOURCE } from './ids.ts';
import { unitStates, type UnitState } from './filters.ts';

/**
 * The map methods the wrapper (territory-map.ts) calls: MapLibre's own types, so the fake in tests
 * (fake-map.test-data.ts) is checked against them.
 */
export type MapLike = Pick<
  MapLibreMap,
  | 'setFeatureState'
  | 'removeFeatureState'
  | 'getSource'
  | 'queryRenderedFeatures'
  | 'setPaintProperty'
  | 'setLayoutProperty'
  | 'setFilter'
  | 'setMissingStyleImageResolver'
  | 'hasImage'
  | 'addImage'
  | 'on'
  | 'once'
  | 'off'
  | 'getCenter'
  | 'getZoom'
  | 'getBounds'
  | 'getContainer'
  | 'getCanvas'
  | 'flyTo'
  | 'jumpTo'
  | 'redraw'
  | 'setPixelRatio'
  | 'remove'
>;

/** What of a history the map has on: its faces' status codes and its line arcs, on one date. */
export interface Shown {
  history: ControlHistory;
  index: number;
  statuses: Uint8Array;
  lines: Uint8Array;
}

/**
 * Shows the scenario `sets`: its state on every unit, and on every face that is `shown` on (a face
 * that comes on later gets its unit's state then). Feature state alone, so a switch is one repaint:
 * any change of style (a paint property, a layer opacity, global state) makes MapLibre draw a second
 * frame after the first. Hover state on units is kept. Returns each unit's state.
 */
export function showScenario(
  map: MapLike,
  sets: DrawSets,
  unitIds: readonly string[],
  shown: Shown | null,
): Map<string, UnitState> {
  const units = unitStates(sets, unitIds);
  for (const [id, state] of units) map.setFeatureState({ source: SOURCE.units, id }, state);
  if (!shown) return units;
  const faces = shown.history.faces.features;
  shown.statuses.forEach((st, f) => {
    if (st)
      map.setFeatureState(
        { source: SOURCE.control, id: faces[f].properties.k },
        units.get(faces[f].properties.u) ?? {},
      );
  });
  return units;
}

/**
 * Shows a date of a history: the faces and line arcs on that date on, the rest off. Within one
 * history only those that change get new state; a new history (the whole one replacing the latest
 * date's) is handed to the map once, its old feature state cleared.
 * @param before what the map has on now (null: nothing yet)
 * @param units each unit's state under the scenario, for the faces that come on
 * @param inStyle the history is the one the style was built with (the first frame)
 * @returns what the map has on after, and whether anything changed: a day carried forward changes
 *   nothing, and the map then draws no frame to wait for
 */
export function showDate(
  map: MapLike,
  view: ControlView,
  before: Shown | null,
  units: ReadonlyMap<string, UnitState>,
  inStyle = false,
): { shown: Shown; changed: boolean } {
  const { history, index } = view;
  const same = before?.history === history;
  if (!same && !inStyle) {
    // The new history's features have ids of their own (ControlHistory's idBase): their state is set
    // at once, and the old features keep theirs until MapLibre has swapped them out, so no frame
    // shows one history's state on the other's faces, nor a blank.
    const old = before?.history;
    const swapped = Promise.all([
      map.getSource<GeoJSONSource>(SOURCE.control)?.setData(history.faces),
      map.getSource<GeoJSONSource>(SOURCE.line)?.setData(history.lines),
    ]);
    if (old && old.idBase !== history.idBase)
      // Cleared once the new data is drawn ('idle'): setData's promise comes when the worker has read
      // it, before the tiles are redrawn, and clearing then blanks the old tiles for a second or two.
      void swapped.then(() =>
        map.once('idle', () => {
          for (const f of old.faces.features)
            map.removeFeatureState({ source: SOURCE.control, id: f.properties.k });
          for (const l of old.lines.features)
            map.removeFeatureState({ source: SOURCE.line, id: l.properties.k });
        }),
      );
    else {
      map.removeFeatureState({ source: SOURCE.control });
      map.removeFeatureState({ source: SOURCE.line });
    }
  }
  if (same && before.index === index) return { shown: before, changed: false };
  const statuses = history.statuses(index);
  const lines = history.linesOn(index);
  const faces = history.faces.features;
  let changes = 0;
  statuses.forEach((st, f) => {
    if (same ? before.statuses[f] === st : !st) return;
    changes++;
    const unit = st ? units.get(faces[f].properties.u) : undefined;
    map.setFeatureState({ source: SOURCE.control, id: faces[f].properties.k }, { ...unit, st });
  });
  lines.forEach((on, k) => {
    if (same ? before.lines[k] === on : !on) return;
    changes++;
    map.setFeatureState({ source: SOURCE.line, id: history.idBase + k }, { on: !!on });
  });
  return { shown: { history, index, statuses, lines }, changed: changes > 0 || !same };
}

/**
 * The hover outline: drawn only while a unit is hovered. Its layer opacity of 0 skips the layer (a
 * line whose every feature has width 0 still costs the renderer a pass over its geometry); the change
 * of style draws a second frame, which the pointer can afford, unlike a scenario switch.
 */
export const showHover = (map: MapLike, on: boolean) =>
  map.setPaintProperty(LAYER.unitsHover, 'line-layer-opacity', on ? 1 : 0);
