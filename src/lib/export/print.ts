/**
 * Printing the page: a WebGL canvas prints blank (its buffer is cleared after each frame), so a
 * picture of the map as shown takes its place on paper for the time of the print (MapView's print
 * rules show it and hide the live map).
 */
import { flushSync } from 'svelte';

/**
 * Takes a picture at `beforeprint` and drops it at `afterprint`. Returns the unlisten.
 * @param take the map as a PNG data: URL, taken at once; null when there is no map to take
 * @param show puts the picture on the page (null: none)
 */
export function printPictures(take: () => string | null, show: (picture: string | null) => void): () => void {
  const before = () => {
    let picture: string | null;
    try {
      picture = take();
    } catch {
      // A picture that cannot be taken leaves the live map on paper, as without this.
      picture = null;
    }
    if (picture === null) return;
    show(picture);
    flushSync(); // the page is laid out for print as soon as this handler returns
  };
  const after = () => show(null);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
