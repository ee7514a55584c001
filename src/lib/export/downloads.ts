/**
 * The share panel's downloads: the area table as CSV, the scenario's shapes as GeoJSON, and PNG
 * images for slides and posts. Each file's code loads when first asked for, so the first view stays
 * within its budget. `download` never throws: whatever goes wrong (a chunk that cannot be fetched, a
 * map that cannot draw the picture, a canvas that cannot encode it) comes back as the reason, for the
 * panel to tell the reader, as it does a refused clipboard.
 */
import type { Messages } from '../i18n/index.ts';
import { formatChange, formatDate, formatKm2, formatShare } from '../i18n/index.ts';
import type { Lang } from '../state/url.ts';
import type { Loaded } from '../state/app.svelte.ts';
import type { View } from '../state/view.ts';
import { imageLegend } from '../ui/legend.ts';
import type { ExportAbout } from './about.ts';
import type { ImageFormat } from './image-layout.ts';
import type { Snapshot } from './snapshot.ts';

/** A file ready to save. */
export interface ExportFile {
  blob: Blob;
  name: string;
}

/** What a file is made from: the view as it is when asked for, in the reader's language. */
export interface ExportInput {
  data: Loaded;
  view: View;
  /** What the file says about itself (title, scenario, date, link). */
  about: ExportAbout & { link: string };
  lang: Lang;
  t: Messages;
}

/** The area table as CSV, with its sources, date and licence in comment lines. */
export async function csvFile({ data, view, about, lang }: ExportInput): Promise<ExportFile> {
  const [{ areaCsv }, { exportFileName }] = await Promise.all([import('./csv.ts'), import('./about.ts')]);
  const text = areaCsv(view.result, data.regions.unitProps, about, lang, view.people);
  return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), name: exportFileName(about, 'csv') };
}

/** The scenario's shapes on the shown date as GeoJSON, with the same metadata. */
export async function geojsonFile({ data, view, about }: ExportInput): Promise<ExportFile> {
  const [{ scenarioGeoJson }, { exportFileName }] = await Promise.all([
    import('./geojson.ts'),
    import('./about.ts'),
  ]);
  const zone = view.zone?.geometry ? { ...view.zone, geometry: view.zone.geometry } : null;
  const fc = scenarioGeoJson(view.control, data.regions.units, view.terms, about, zone);
  return {
    blob: new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }),
    name: exportFileName(about, 'geojson'),
  };
}

/** An image of the map with title, date, key numbers, legend and credits (render-image.ts). */
export async function imageFile(
  { view, about, lang, t }: ExportInput,
  snapshot: Snapshot,
  format: ImageFormat,
): Promise<ExportFile> {
  const [{ renderImage }, { attributionIn, exportFileName }] = await Promise.all([
    import('./render-image.ts'),
    import('./about.ts'),
  ]);
  const u = view.result.regions.ukraine;
  const numbers = [t.summaryRu(formatKm2(u.ru, lang), formatShare(u.ru, u.area, lang))];
  if (Math.round(u.change) !== 0) numbers.push(t.summaryChange(formatChange(u.change, lang)));
  if (Math.round(u.dmz) > 0) numbers.push(`${t.changesDmz}: ${formatKm2(u.dmz, lang)} km²`);
  const blob = await renderImage(snapshot, format, {
    title: about.title,
    scenarioTitle: about.scenarioTitle,
    dateLine: t.situationOn(formatDate(view.shownDate, lang)),
    numbers,
    legend: imageLegend(view.sets, view.isClaim, t, view.zone),
    source: `${t.source}: ${attributionIn(lang)}`,
    link: about.link,
  });
  return { blob, name: exportFileName(about, 'png').replace('.png', `_${format}.png`) };
}

/** Hands a file to the browser's downloads. */
function save({ blob, name }: ExportFile): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * Makes a file and saves it. Resolves to null once it is saved, or to why it could not be made;
 * never rejects.
 * @param keep where the file goes (the browser's downloads; a test's list)
 */
export async function download(
  make: () => Promise<ExportFile>,
  keep: (file: ExportFile) => void = save,
): Promise<Error | null> {
  try {
    keep(await make());
    return null;
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
