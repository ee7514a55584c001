/**
 * The colours every picture of the map shares (WebGL style, SVG fallback, legend). Deliberately not
 * the red-versus-blue of either side: a muted warm tone for Russian-held land, a light neutral for
 * Ukrainian-held land, a distinct sage for Ukraine-held land in Russia, grey for contested.
 */
export const PALETTE = {
  sea: '#dfe6ea',
  water: '#c9d6de',
  waterLine: '#8fa7b5',
  neighbour: '#e6e3de',
  ukraine: '#faf8f3',
  russianHeld: '#d39b6e',
  russianHeldLine: '#7a4a2b',
  uaHeldInRussia: '#5f8550',
  contested: '#b9b6b0',
  dmz: '#7d7a75',
  unitBorder: '#aaa59d',
  focusBorder: '#4d4a45',
  countryBorder: '#77736c',
  text: '#2d2b28',
  textHalo: '#ffffff',
  plant: '#4d4a45',
  nuclear: '#1f1d1b',
} as const;

/** Fill for a control piece by status. */
export const STATUS_FILL = {
  ru: PALETTE.russianHeld,
  ua: PALETTE.uaHeldInRussia,
  contested: PALETTE.contested,
} as const;
