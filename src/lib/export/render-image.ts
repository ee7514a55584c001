/**
 * Draws an export image on a canvas at 2×: the map, the title, scenario and date, key numbers,
 * legend and the source line; returns a PNG that also carries its credits as text chunks.
 */
import { imageLayout, SCALE, type ImageFormat, type Rect } from './image-layout.ts';
import { withChunks } from './png-chunks.ts';
import type { PatternKind } from '../map/pattern.ts';

export interface LegendKey {
  label: string;
  kind: 'fill' | PatternKind;
  color: string;
}

export interface ImageContent {
  title: string;
  scenarioTitle: string;
  dateLine: string;
  /** Key numbers, one per line, already formatted for the language. */
  numbers: string[];
  legend: LegendKey[];
  /** Sources and attribution: drawn, and written into the file's "Source" text chunk. */
  source: string;
  link: string;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const INK = '#1f1d1b';
const MUTED = '#5a5650';

/** Breaks text into lines no wider than `max`, at spaces. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

/** Writes `s` wrapped to the box's width from `y` down, or only measures it; returns the y below it. */
function text(ctx: CanvasRenderingContext2D, s: string, box: Rect, y: number, style: TextStyle, draw = true) {
  ctx.font = `${style.bold ? '600 ' : ''}${style.size}px ${FONT}`;
  ctx.fillStyle = style.color ?? INK;
  let at = y;
  for (const line of wrap(ctx, s, box.w)) {
    if (draw) ctx.fillText(line, box.x, at);
    at += style.size * 1.3;
  }
  return at;
}

function swatch(ctx: CanvasRenderingContext2D, key: LegendKey, x: number, y: number) {
  const w = 26;
  const h = 16;
  ctx.save();
  ctx.fillStyle = '#faf8f3';
  ctx.fillRect(x, y, w, h);
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = key.color;
  ctx.strokeStyle = key.color;
  if (key.kind === 'fill') ctx.fillRect(x, y, w, h);
  else if (key.kind === 'dots') {
    for (let i = 2; i < w; i += 5) for (let j = 2; j < h; j += 5) ctx.fillRect(x + i, y + j, 1.6, 1.6);
  } else {
    ctx.lineWidth = 1.6;
    for (let i = -h; i < w; i += 6) {
      ctx.beginPath();
      ctx.moveTo(x + i, y + h);
      ctx.lineTo(x + i + h, y);
      if (key.kind === 'crosshatch') {
        ctx.moveTo(x + i, y);
        ctx.lineTo(x + i + h, y + h);
      }
      ctx.stroke();
    }
  }
  ctx.restore();
  ctx.strokeStyle = '#0003';
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

/**
 * Key numbers and legend: one column beside the landscape map, two columns under the square one.
 * Returns the height they take; with `draw` false they are only measured.
 */
function panel(
  ctx: CanvasRenderingContext2D,
  content: ImageContent,
  format: ImageFormat,
  box: Rect,
  draw: boolean,
): number {
  const half = { ...box, w: box.w / 2 - 12 };
  const numbersBox = format === 'square' ? half : box;
  let at = box.y;
  for (const n of content.numbers) at = text(ctx, n, numbersBox, at, { size: 19, bold: true }, draw) + 6;
  const numbersEnd = at;
  const legendBox = format === 'square' ? { ...half, x: box.x + box.w / 2 + 12 } : box;
  at = format === 'square' ? box.y : at + 10;
  for (const key of content.legend) {
    if (draw) swatch(ctx, key, legendBox.x, at + 1);
    const labelBox = { ...legendBox, x: legendBox.x + 36, w: legendBox.w - 36 };
    at = text(ctx, key.label, labelBox, at, { size: 15 }, draw) + 4;
  }
  return Math.max(numbersEnd, at) - box.y;
}

/**
 * Renders the image. `map` draws the map for a box of `width` × `height` CSS px at `pixelRatio`;
 * the square image's box is known only once the panel under it is measured.
 */
export async function renderImage(
  map: (width: number, height: number, pixelRatio: number) => Promise<HTMLCanvasElement>,
  format: ImageFormat,
  content: ImageContent,
): Promise<Blob> {
  await Promise.all([document.fonts.load(`16px ${FONT}`), document.fonts.load(`600 16px ${FONT}`)]);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const l = imageLayout(format, panel(ctx, content, format, imageLayout(format).panel, false));
  const picture = await map(l.map.w, l.map.h, SCALE);
  // Resizing the canvas resets its state, so the scale and text settings come after.
  canvas.width = l.width * SCALE;
  canvas.height = l.height * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#f6f4ef';
  ctx.fillRect(0, 0, l.width, l.height);

  text(ctx, content.title, l.header, l.header.y, { size: 15, color: MUTED });
  const y = text(ctx, content.scenarioTitle, l.header, l.header.y + 22, { size: 26, bold: true });
  text(ctx, content.dateLine, l.header, y + 2, { size: 16, color: MUTED });

  ctx.drawImage(picture, l.map.x, l.map.y, l.map.w, l.map.h);
  ctx.strokeStyle = '#d8d4cc';
  ctx.strokeRect(l.map.x + 0.5, l.map.y + 0.5, l.map.w - 1, l.map.h - 1);

  panel(ctx, content, format, l.panel, true);

  const fy = text(ctx, content.source, l.footer, l.footer.y, { size: 12, color: MUTED });
  text(ctx, content.link, l.footer, fy, { size: 12, color: MUTED });

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  const png = withChunks(
    new Uint8Array(await blob.arrayBuffer()),
    { Title: `${content.scenarioTitle} - ${content.dateLine}`, Source: content.source, URL: content.link },
    Math.round((96 * SCALE) / 0.0254),
  );
  return new Blob([png], { type: 'image/png' });
}
