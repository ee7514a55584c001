/**
 * MapLibre filter expressions for the parts of the map that change with the sliders. Built from the
 * same DrawSets the SVG fallback uses (scenarios/draw.ts), so the two pictures cannot disagree.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { DrawSets, PieceChange } from '../scenarios/draw.ts';

const inList = (prop: string, ids: string[]): ExpressionSpecification => [
  'in',
  ['get', prop],
  ['literal', ids],
];

/** Control pieces shown as held: mirrors `pieceShown`. */
export function controlFilter(sets: DrawSets): ExpressionSpecification {
  return [
    'any',
    inList('u', sets.line),
    ['all', ['==', ['get', 's'], 'ru'], inList('u', [...sets.claimed, ...sets.dmz])],
  ];
}

/** Control pieces that change hands one way: mirrors `pieceChange`. */
export function changeFilter(sets: DrawSets, change: PieceChange): ExpressionSpecification {
  return change === 'to-ua'
    ? ['all', ['==', ['get', 's'], 'ru'], inList('u', sets.toUa)]
    : ['all', ['!=', ['get', 's'], 'ru'], inList('u', sets.toRu)];
}

/** Units hatched as passing to Russia (the held part is painted over by the control fill). */
export function claimedFilter(sets: DrawSets): ExpressionSpecification {
  return inList('id', sets.claimed);
}

/** Units whose Ukraine-held land becomes a demilitarised zone. */
export function dmzFilter(sets: DrawSets): ExpressionSpecification {
  return inList('id', sets.dmz);
}

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
