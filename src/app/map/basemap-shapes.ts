/**
 * The basemap's shapes as a picture: sea and land inside the basemap's extent, coastlines and
 * country borders, and the tray of actors without a place. This runs in the basemap worker
 * (basemap.worker.ts), on an OffscreenCanvas, for the screen and for PNG exports alike: filling
 * and stroking the 1:10m shapes is rasterisation work of 50–100 ms per picture in software, which
 * on the page's own canvas fell in the main thread's paint after every pan and zoom. Paths are
 * in kilometres and drawn through the view's matrix (view-transform.ts); only chunks in view are
 * drawn. Nothing here touches the DOM.
 */
import type { BasemapDetail, MapExtent } from '../../geo/basemap.ts';
import { chunkCount, type PackedBasemap, type PackedLines } from './basemap-data.ts';
import type { MapBox } from './map-positions.ts';
import { boxInView, toScreen, type ViewTransform } from './view-transform.ts';

export const BASEMAP_STYLE = {
  sea: '#e8f0f6',
  land: '#f8f6f1',
  coast: '#9db4c6',
  border: '#a39d94',
  town: '#5b6470',
  townHalo: 'rgba(255, 255, 255, 0.85)',
};

export const TOWN_FONT = '11px system-ui, sans-serif';

/** A page's canvas or a worker's: the shapes draw on either. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface PathChunk {
  path: Path2D;
  /** xMin, yMin, xMax, yMax in km. */
  box: readonly [number, number, number, number];
}

export interface BasemapShapes {
  extent: MapExtent;
  /** One chunk per country: its rings, filled by the even-odd rule. */
  land: PathChunk[];
  borders: PathChunk[];
  coastlines: PathChunk[];
}

function chunkPaths(lines: PackedLines, closed: boolean): PathChunk[] {
  const { points, pieces, chunks, boxes } = lines;
  const out: PathChunk[] = [];
  for (let c = 0; c < chunkCount(lines); c++) {
    const path = new Path2D();
    for (let p = chunks[c]; p < chunks[c + 1]; p++) {
      const from = pieces[p];
      const to = pieces[p + 1];
      path.moveTo(points[2 * from], points[2 * from + 1]);
      for (let k = from + 1; k < to; k++) path.lineTo(points[2 * k], points[2 * k + 1]);
      if (closed) path.closePath();
    }
    out.push({ path, box: [boxes[4 * c], boxes[4 * c + 1], boxes[4 * c + 2], boxes[4 * c + 3]] });
  }
  return out;
}

/** The packed basemap as paths, built once per scale. */
export function basemapShapes(packed: PackedBasemap): BasemapShapes {
  return {
    extent: packed.extent,
    land: chunkPaths(packed.land, true),
    borders: chunkPaths(packed.borders, false),
    coastlines: chunkPaths(packed.coastlines, false),
  };
}

function strokeChunks(context: Context2D, chunks: readonly PathChunk[], transform: ViewTransform): void {
  for (const chunk of chunks) if (boxInView(transform, chunk.box)) context.stroke(chunk.path);
}

/** Draws the shapes in km; the context is left as it was. */
export function drawShapes(context: Context2D, shapes: BasemapShapes, transform: ViewTransform): void {
  const [a, b, c, d, e, f] = transform.matrix;
  const [[xMin, yMin], [xMax, yMax]] = shapes.extent;
  context.save();
  context.transform(a, b, c, d, e, f);
  context.fillStyle = BASEMAP_STYLE.sea;
  context.fillRect(xMin, yMin, xMax - xMin, yMax - yMin);
  context.fillStyle = BASEMAP_STYLE.land;
  for (const country of shapes.land)
    if (boxInView(transform, country.box)) context.fill(country.path, 'evenodd');
  context.lineJoin = 'round';
  context.lineCap = 'round';
  context.strokeStyle = BASEMAP_STYLE.coast;
  context.lineWidth = 0.9 / transform.scale;
  strokeChunks(context, shapes.coastlines, transform);
  context.strokeStyle = BASEMAP_STYLE.border;
  context.lineWidth = 1.1 / transform.scale;
  strokeChunks(context, shapes.borders, transform);
  context.restore();
}

/** The tray of actors without a place: a dashed box with its name above it. */
export function drawTray(context: Context2D, tray: MapBox, label: string, transform: ViewTransform): void {
  const topLeft = toScreen(transform, tray.xMin, tray.yMax);
  const bottomRight = toScreen(transform, tray.xMax, tray.yMin);
  const x = Math.min(topLeft.x, bottomRight.x);
  const y = Math.min(topLeft.y, bottomRight.y);
  const width = Math.max(Math.abs(bottomRight.x - topLeft.x), 12);
  const height = Math.max(Math.abs(bottomRight.y - topLeft.y), 12);
  context.save();
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.strokeStyle = '#8a919c';
  context.setLineDash([4, 3]);
  context.lineWidth = 1;
  context.fillRect(x, y, width, height);
  context.strokeRect(x, y, width, height);
  context.setLineDash([]);
  context.font = TOWN_FONT;
  context.fillStyle = '#374151';
  context.fillText(label, x, y - 5);
  context.restore();
}

/** What a basemap picture shows: the view, at which scale, and the tray if there is one. */
export interface BasemapPictureRequest {
  detail: BasemapDetail;
  /** The view in CSS pixels; the picture has `pixelRatio` device pixels to each. */
  transform: ViewTransform;
  pixelRatio: number;
  tray: { box: MapBox; label: string } | null;
}

/** The picture's size in device pixels. */
export function pictureSize({ transform, pixelRatio }: BasemapPictureRequest): [number, number] {
  return [
    Math.max(1, Math.round(transform.width * pixelRatio)),
    Math.max(1, Math.round(transform.height * pixelRatio)),
  ];
}

/** Draws a picture on a context already of `pictureSize(request)`; blank where there is no basemap. */
export function drawPicture(context: Context2D, shapes: BasemapShapes, request: BasemapPictureRequest): void {
  const { pixelRatio, transform, tray } = request;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  drawShapes(context, shapes, transform);
  if (tray) drawTray(context, tray.box, tray.label, transform);
}
