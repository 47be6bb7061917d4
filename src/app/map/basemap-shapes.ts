/**
 * The map's pictures: beneath the ties, sea and land inside the basemap's extent, coastlines,
 * country borders and the tray of actors without a place; above the ties, the flows between
 * places and the town names. This runs in the basemap worker (basemap.worker.ts), on
 * OffscreenCanvases, for the screen and for PNG exports alike: filling and stroking the 1:10m
 * shapes and the wide flows is rasterisation work of 50–100 ms per view in software, which on
 * the page's own canvases fell in the main thread's paint after every pan and zoom. Paths are in
 * kilometres and drawn through the view's matrix (view-transform.ts); only chunks in view are
 * drawn. Nothing here touches the DOM.
 */
import type { BasemapDetail, MapExtent } from '../../geo/basemap.ts';
import { chunkCount, type PackedBasemap, type PackedLines, type PackedPlaces } from './basemap-data.ts';
import type { Flow } from './flows.ts';
import { drawFlows } from './flows-draw.ts';
import type { MapBox } from './map-positions.ts';
import type { FlowWidth } from './map-settings.ts';
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
const MOST_TOWNS = 60;

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

/** What a map picture shows: the view, at which scale, the tray if there is one, and the flows. */
export interface MapPictureRequest {
  detail: BasemapDetail;
  /** The view in CSS pixels; the pictures have `pixelRatio` device pixels to each. */
  transform: ViewTransform;
  pixelRatio: number;
  tray: { box: MapBox; label: string } | null;
  flows: readonly Flow[];
  flowWidth: FlowWidth;
  /** Numbers on the flows are written in this language. */
  language: string;
}

/** The pictures' size in device pixels. */
export function pictureSize({ transform, pixelRatio }: MapPictureRequest): [number, number] {
  return [
    Math.max(1, Math.round(transform.width * pixelRatio)),
    Math.max(1, Math.round(transform.height * pixelRatio)),
  ];
}

function startPicture(context: Context2D, pixelRatio: number): void {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
}

/** The picture beneath the ties, on a context of `pictureSize(request)`. */
export function drawUnderTies(context: Context2D, shapes: BasemapShapes, request: MapPictureRequest): void {
  const { transform, tray } = request;
  startPicture(context, request.pixelRatio);
  drawShapes(context, shapes, transform);
  if (tray) drawTray(context, tray.box, tray.label, transform);
}

/** The picture above the ties: flows, then town names; returns the towns drawn. */
export function drawOverTies(
  context: Context2D,
  places: PackedPlaces,
  request: MapPictureRequest,
): DrawnTown[] {
  const { transform } = request;
  startPicture(context, request.pixelRatio);
  const format = new Intl.NumberFormat(request.language, { maximumFractionDigits: 1 });
  drawFlows(context, request.flows, request.flowWidth, transform, (value) => format.format(value));
  // Town names above the ties, beneath the actors: orientation even in a dense region.
  return drawTowns(context, places, transform);
}

export interface DrawnTown {
  name: string;
  x: number;
  y: number;
}

const textWidths = new Map<string, number>();

function textWidth(context: Context2D, text: string): number {
  let width = textWidths.get(text);
  if (width === undefined) {
    width = context.measureText(text).width;
    textWidths.set(text, width);
  }
  return width;
}

/**
 * Places and draws town names in screen pixels, largest first, skipping one that would cover a
 * name already placed; returns what was drawn.
 */
export function drawTowns(context: Context2D, places: PackedPlaces, transform: ViewTransform): DrawnTown[] {
  const { names, xy } = places;
  const placed: { x: number; y: number; width: number; height: number }[] = [];
  const drawn: DrawnTown[] = [];
  context.font = TOWN_FONT;
  context.textBaseline = 'middle';
  context.lineWidth = 3;
  context.lineJoin = 'round';
  for (let i = 0; i < names.length && drawn.length < MOST_TOWNS; i++) {
    const point = toScreen(transform, xy[2 * i], xy[2 * i + 1]);
    if (point.x < 0 || point.y < 0 || point.x > transform.width || point.y > transform.height) continue;
    const width = textWidth(context, names[i]);
    const box = { x: point.x - 3, y: point.y - 8, width: width + 10, height: 16 };
    const covers = placed.some(
      (other) =>
        box.x < other.x + other.width &&
        other.x < box.x + box.width &&
        box.y < other.y + other.height &&
        other.y < box.y + box.height,
    );
    if (covers) continue;
    placed.push(box);
    drawn.push({ name: names[i], x: point.x, y: point.y });
  }
  for (const town of drawn) {
    context.fillStyle = BASEMAP_STYLE.town;
    context.beginPath();
    context.arc(town.x, town.y, 2, 0, 2 * Math.PI);
    context.fill();
    context.strokeStyle = BASEMAP_STYLE.townHalo;
    context.strokeText(town.name, town.x + 5, town.y);
    context.fillText(town.name, town.x + 5, town.y);
  }
  context.textBaseline = 'alphabetic';
  return drawn;
}
