/**
 * MapLibre expressions for the parts of the map that change with the sliders. Built from the same
 * DrawSets the SVG fallback uses (scenarios/draw.ts), so the two pictures cannot disagree.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { DrawSets, PieceChange } from '../scenarios/draw.ts';

/** What a unit's land shows under the scenario: feature state on the `control` (each face of the unit) and `units` sources. */
export interface UnitState {
  line: boolean;
  claimed: boolean;
  dmz: boolean;
  toRu: boolean;
  toUa: boolean;
  [key: string]: boolean;
}

/** Every unit's state under the scenario, set on both sources by the unit's id. */
export function unitStates(sets: DrawSets, unitIds: readonly string[]): Map<string, UnitState> {
  return new Map(
    unitIds.map((id) => [
      id,
      {
        line: sets.line.includes(id),
        claimed: sets.claimed.includes(id),
        dmz: sets.dmz.includes(id),
        toRu: sets.toRu.includes(id),
        toUa: sets.toUa.includes(id),
      },
    ]),
  );
}

/*
 * The scenario layers are always there and show or hide through fill-opacity driven by feature
 * state alone: a new filter makes MapLibre re-tile the whole source in its worker, and any change of
 * style (a layer opacity, global state) makes it draw a second frame, while new feature state only
 * repaints, so a scenario switch costs one frame.
 */
const state = (key: keyof UnitState): ExpressionSpecification => ['boolean', ['feature-state', key], false];
/** A face's status on the shown date (history.ts StatusCode): 0 not held, 1 Russian-held, 2 Ukraine-held, 3 contested. */
export const STATUS: ExpressionSpecification = ['number', ['feature-state', 'st'], 0];
const held: ExpressionSpecification = ['==', STATUS, 1];
const on: ExpressionSpecification = ['>', STATUS, 0];
const shownIf = (test: ExpressionSpecification): ExpressionSpecification => ['case', test, 1, 0];

/** The line of control: an arc of the history shows only while switched on for the date. */
export const LINE_OPACITY = shownIf(['boolean', ['feature-state', 'on'], false]);

/** Faces shown as held: mirrors `pieceShown`. */
export const CONTROL_OPACITY = shownIf([
  'all',
  on,
  ['any', state('line'), ['all', held, ['any', state('claimed'), state('dmz')]]],
]);

/** Faces that change hands one way: mirrors `pieceChange`. */
export function changeOpacity(change: PieceChange): ExpressionSpecification {
  return change === 'to-ua'
    ? shownIf(['all', held, state('toUa')])
    : shownIf(['all', on, ['!', held], state('toRu')]);
}

/** Units hatched as passing to Russia (the held part is painted over by the control fill). */
export const CLAIMED_OPACITY = shownIf(state('claimed'));

/** Units whose Ukraine-held land becomes a demilitarised zone. */
export const DMZ_OPACITY = shownIf(state('dmz'));

/**
 * Water bodies as they were on `date`: a reservoir with an `until` day (Kakhovka, 2023-06-06) is
 * drawn full up to that day and only as a dashed "former" outline after it. ISO dates compare as text.
 */
export function lakeFilter(date: string, former: boolean): ExpressionSpecification {
  const gone: ExpressionSpecification = [
    'all',
    ['has', 'until'],
    ['!=', ['get', 'until'], null],
    ['<', ['get', 'until'], date],
  ];
  return former ? gone : ['!', gone];
}

/**
 * Whether the lakes look different on two dates: a reservoir's `until` day lies between them. Setting
 * a filter makes MapLibre re-tile the whole source, and so costs the date step an extra frame, so the
 * map sets the lake filters only when this says they change.
 */
export function lakesDiffer(untils: readonly string[], a: string, b: string): boolean {
  return untils.some((until) => until < a !== until < b);
}
