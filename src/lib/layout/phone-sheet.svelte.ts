/**
 * On a phone the side column is a bottom sheet: the date and scenario sliders stay in reach under the
 * map, the rest opens on request. The map fills the screen above the closed sheet (measured) once the
 * header has scrolled away, so the sliders and what they change are on screen together. Scrolled down
 * to the table, with the map out of view, the closed sheet tucks down to its button.
 */
import type { Attachment } from 'svelte/attachments';
import { MediaQuery } from 'svelte/reactivity';

/** Narrower than this, the side column is a bottom sheet (App's and SideSheet's styles agree). */
const PHONE = new MediaQuery('max-width: 600px');

export class PhoneSheet {
  /** Whether the reader opened the sheet. */
  open = $state(false);
  /** Height of the closed sheet, px: the page leaves that much room under the map. */
  peek = $state(0);
  /** Whether at least a quarter of the map is on screen. */
  private mapInView = $state(true);

  /** Whether the layout may use a sheet at all (not in an embed or a presentation). */
  private readonly wanted: () => boolean;

  constructor(wanted: () => boolean) {
    this.wanted = wanted;
  }

  /** Whether the side column is a bottom sheet now. */
  active = $derived(PHONE.current && this.allowed());
  /** Closed and the map scrolled away: only the sheet's button shows. */
  tucked = $derived(this.active && !this.open && !this.mapInView);

  private allowed(): boolean {
    return this.wanted();
  }

  /** The sheet's measured height: while closed and not tucked, it is the room to leave under the map. */
  measured = (height: number): void => {
    if (!this.open && !this.tucked) this.peek = height;
  };

  /** Attached to the map's column: watches whether the map is in view. */
  watchMap: Attachment<HTMLElement> = (el) => {
    const io = new IntersectionObserver(([e]) => (this.mapInView = e.intersectionRatio >= 0.25), {
      threshold: [0, 0.25],
    });
    io.observe(el);
    return () => io.disconnect();
  };
}
