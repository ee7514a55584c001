/** What a map of the page is made from: the data's layers, credits and fonts, MapLibre's own UI words. */
import type { Loaded } from '../state/app.svelte.ts';
import type { Messages } from '../i18n/index.ts';
import type { Lang } from '../state/url.ts';
import type { MapInput } from './territory-map.ts';
import { htmlCredit } from './credit.ts';
import { fontFaces } from './fonts.ts';

/**
 * The fixed input of the page's maps, in the language the page is in when they are made: MapLibre
 * reads its UI strings and credits once, at creation.
 * @param cooperative embedded in an article: the map does not take over page scrolling
 * @param base the page's base URL, which the fonts are fetched from
 */
export function mapInput(
  data: Loaded,
  t: Messages,
  lang: Lang,
  cooperative: boolean,
  base: string,
): MapInput {
  const credit = (...ids: string[]) => htmlCredit(data.manifest.layers, ids, lang);
  return {
    regions: data.regions,
    context: data.context,
    labels: data.labels,
    fontFaces: fontFaces(base),
    attribution: {
      control: credit('occupied-recent', 'occupied-early', 'ua-in-russia'),
      regions: credit('cod-ab', 'ne-russia', 'ne-countries'),
      context: credit('ne-rivers', 'gppd'),
      towns: credit('geonames'),
    },
    cooperative,
    locale: {
      'NavigationControl.ZoomIn': t.mapZoomIn,
      'NavigationControl.ZoomOut': t.mapZoomOut,
      'AttributionControl.ToggleAttribution': t.mapCredits,
      'CooperativeGesturesHandler.WindowsHelpText': t.gestureWindows,
      'CooperativeGesturesHandler.MacHelpText': t.gestureMac,
      'CooperativeGesturesHandler.MobileHelpText': t.gestureMobile,
    },
  };
}
