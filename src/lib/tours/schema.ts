/**
 * What a guided tour is: an ordered list of steps, each a scenario on a date with a caption, for the
 * classroom's presentation mode. Tours are data (data/tours/<id>.json), validated with valibot when
 * the app is built and again when it loads.
 *
 * Captions say what happened and what the map shows, in one or two sentences, and never state an
 * area in km²: the app shows the live figures beside the caption, and a number written here would
 * drift from them as the data or the method changes. The schema rejects captions that do.
 */
import * as v from 'valibot';
import { Localised, Source } from '../scenarios/schema.ts';
import { isIsoDate } from '../state/dates.ts';

/** Catches "1,294 km²", "km2", "square kilometres", "кв. км", "км²" and the like. */
const AREA_FIGURE = /(?:km|км)\s?(?:²|2)|square kilomet|sq\.?\s?km|кв\.?\s?км|квадратн\S*\s+кілометр/i;

const Caption = v.pipe(
  Localised,
  v.check(
    (c) => !AREA_FIGURE.test(c.en) && !AREA_FIGURE.test(c.uk),
    'a caption must not state an area in km²; the app shows the live figures',
  ),
);

/** A real calendar day written YYYY-MM-DD (valibot's isoDate lets 2023-02-30 through). */
const Day = v.pipe(v.string(), v.check(isIsoDate, 'must be a real day written YYYY-MM-DD'));

/** Map camera for a step that needs zooming, within the bounds the URL's `view` accepts. */
const View = v.strictObject({
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
  zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
});

const Step = v.strictObject({
  /** A scenario id of the catalog (data/scenarios); checked against it when tours are parsed. */
  scenario: v.pipe(v.string(), v.minLength(1)),
  /** One of the scenario's variants; its first when left out. */
  variant: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** The day to show, or `latest` for the newest day in the data whenever the tour is played. */
  date: v.union([v.literal('latest'), Day]),
  view: v.optional(View),
  caption: Caption,
  sources: v.optional(v.array(Source)),
});

/** Schema of one tour file. */
export const TourSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: Localised,
  summary: Localised,
  steps: v.pipe(v.array(Step), v.minLength(1)),
});

export type Tour = v.InferOutput<typeof TourSchema>;
export type TourStep = Tour['steps'][number];
export type TourSource = NonNullable<TourStep['sources']>[number];
