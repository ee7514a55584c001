/** What both pictures of the map draw: the WebGL map (MapView) and the static SVG (StaticMap). */
import type { Loaded } from '../state/app.svelte.ts';
import type { ControlView } from '../state/control.svelte.ts';
import type { DrawSets } from '../scenarios/draw.ts';
import type { ZoneDrawing } from './style.ts';

export interface MapPicture {
  data: Loaded;
  control: ControlView;
  sets: DrawSets;
  date: string;
  /** The scenario's buffer zone, drawn over both fills; null or absent for none. */
  zone?: ZoneDrawing | null;
}
