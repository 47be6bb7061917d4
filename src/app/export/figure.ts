/**
 * The figure as pictures: the canvas drawn inside its frame (title, legend, caption) as PNG, and
 * that PNG on a page of its own as PDF.
 */
import { toBlob } from '@sigma/export-image';
import { PDFDocument } from 'pdf-lib';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { mapPng } from '../map/map-export.ts';
import {
  figureText,
  HEADER_HEIGHT,
  LEGEND_LABEL_WIDTH,
  LEGEND_WIDTH,
  LINE,
  wrapWords,
} from './figure-frame.ts';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

/** Words wrapped to a width, measured on a canvas context in its current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapWords(text, width, (words) => context.measureText(words).width);
}

/** The figure as PNG: the canvas at `scale` times its size, framed with title, legend and caption. */
export async function figurePng(renderer: Renderer, scale: number): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const size = { width: Math.round(width * scale), height: Math.round(height * scale) };
  // On the map, the basemap goes beneath the network (map/map-export.ts).
  const network =
    (await mapPng(renderer, size.width, size.height)) ??
    (await toBlob(renderer as unknown as Parameters<typeof toBlob>[0], {
      ...size,
      backgroundColor: '#ffffff',
      format: 'png',
    }));
  const text = figureText();
  const bitmap = await createImageBitmap(network);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.font = '13px system-ui, sans-serif';
  const captionLines = text.caption.flatMap((line) => wrap(context, line, width + LEGEND_WIDTH - 32));
  const footer = 16 + captionLines.length * LINE;
  canvas.width = Math.round((width + LEGEND_WIDTH) * scale);
  canvas.height = Math.round((height + HEADER_HEIGHT + footer) * scale);
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width + LEGEND_WIDTH, height + HEADER_HEIGHT + footer);
  context.drawImage(bitmap, 0, HEADER_HEIGHT, width, height);
  context.fillStyle = '#111827';
  context.font = 'bold 18px system-ui, sans-serif';
  context.fillText(text.title, 16, 26);
  context.font = '13px system-ui, sans-serif';
  context.fillStyle = '#4b5563';
  context.fillText(text.subtitle, 16, 44);
  let y = HEADER_HEIGHT + 8;
  const x = width + 12;
  for (const legend of text.legends) {
    context.fillStyle = '#111827';
    context.font = 'bold 13px system-ui, sans-serif';
    y += LINE;
    context.fillText(legend.title, x, y);
    context.font = '12px system-ui, sans-serif';
    for (const entry of legend.entries) {
      y += LINE;
      context.fillStyle = entry.colour;
      if (entry.line) context.fillRect(x, y - 6, 14, 3);
      else {
        context.beginPath();
        context.arc(x + 6, y - 4, 5, 0, 2 * Math.PI);
        context.fill();
      }
      context.fillStyle = '#111827';
      // A long label (a community named after a firm) wraps inside the legend column.
      wrap(context, entry.label, LEGEND_LABEL_WIDTH).forEach((line, i) => {
        if (i > 0) y += LINE;
        context.fillText(line, x + 20, y);
      });
    }
    y += 8;
  }
  context.fillStyle = '#4b5563';
  y += LINE;
  context.fillText(text.sizeTitle, x, y);
  context.font = '13px system-ui, sans-serif';
  captionLines.forEach((line, i) => {
    context.fillText(line, 16, height + HEADER_HEIGHT + 20 + i * LINE);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  );
}

/** The figure as PDF: the PNG figure on a page of its own size, titled. */
export async function figurePdf(renderer: Renderer): Promise<Blob> {
  const png = await figurePng(renderer, 2);
  const document = await PDFDocument.create();
  const text = figureText();
  document.setTitle(`${text.title} — ${text.subtitle}`);
  document.setCreator('Clusterscope');
  const image = await document.embedPng(new Uint8Array(await png.arrayBuffer()));
  // Two image pixels per point: the page has the picture's size on screen, printed sharply.
  const page = document.addPage([image.width / 2, image.height / 2]);
  page.drawImage(image, { x: 0, y: 0, width: image.width / 2, height: image.height / 2 });
  return new Blob([new Uint8Array(await document.save())], { type: 'application/pdf' });
}
