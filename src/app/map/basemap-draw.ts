/**
 * Draws the basemap under the network for one frame: sea and land inside the basemap's extent,
 * coastlines and country borders, then town names for orientation. Paths are in kilometres and
 * drawn through the view's matrix (view-transform.ts); only chunks in view are drawn. Town names
 * are placed largest first and skipped where they would cover one already placed.
 */
import type { BasemapDetail } from '../../geo/basemap.ts';
import { type BasemapPaths, basemapAt, type PathChunk } from './basemap-client.ts';
import { DETAIL_EXTENTS } from './basemap-data.ts';
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

const TOWN_FONT = '11px system-ui, sans-serif';
const MOST_TOWNS = 60;
/** Closer than this (pixels per km, a view some 1,000 km across), 1:10m replaces 1:50m. */
const FINE_FROM_SCALE = 1.4;

export interface DrawnTown {
  name: string;
  x: number;
  y: number;
}

/** The scale a view wants: 1:10m when close in and inside its extent, else 1:50m. */
export function wantedDetail(transform: ViewTransform): BasemapDetail {
  const [[xMin, yMin], [xMax, yMax]] = DETAIL_EXTENTS['10m'];
  return transform.scale >= FINE_FROM_SCALE && boxInView(transform, [xMin, yMin, xMax, yMax]) ? '10m' : '50m';
}

/** The basemap to draw: at the scale the view wants once it is ready, else at 1:50m meanwhile. */
export function basemapFor(transform: ViewTransform): BasemapPaths | undefined {
  const coarse = basemapAt('50m');
  return (wantedDetail(transform) === '10m' ? basemapAt('10m') : undefined) ?? coarse;
}

function strokeChunks(
  context: CanvasRenderingContext2D,
  chunks: readonly PathChunk[],
  transform: ViewTransform,
): void {
  for (const chunk of chunks) if (boxInView(transform, chunk.box)) context.stroke(chunk.path);
}

const textWidths = new Map<string, number>();

function textWidth(context: CanvasRenderingContext2D, text: string): number {
  let width = textWidths.get(text);
  if (width === undefined) {
    width = context.measureText(text).width;
    textWidths.set(text, width);
  }
  return width;
}

/** Draws the shapes in km; the context is left as it was. */
export function drawShapes(
  context: CanvasRenderingContext2D,
  paths: BasemapPaths,
  transform: ViewTransform,
): void {
  const [a, b, c, d, e, f] = transform.matrix;
  const [[xMin, yMin], [xMax, yMax]] = paths.extent;
  context.save();
  context.transform(a, b, c, d, e, f);
  context.fillStyle = BASEMAP_STYLE.sea;
  context.fillRect(xMin, yMin, xMax - xMin, yMax - yMin);
  context.fillStyle = BASEMAP_STYLE.land;
  for (const country of paths.land)
    if (boxInView(transform, country.box)) context.fill(country.path, 'evenodd');
  context.lineJoin = 'round';
  context.lineCap = 'round';
  context.strokeStyle = BASEMAP_STYLE.coast;
  context.lineWidth = 0.9 / transform.scale;
  strokeChunks(context, paths.coastlines, transform);
  context.strokeStyle = BASEMAP_STYLE.border;
  context.lineWidth = 1.1 / transform.scale;
  strokeChunks(context, paths.borders, transform);
  context.restore();
}

/** Places and draws town names in screen pixels; returns what was drawn. */
export function drawTowns(
  context: CanvasRenderingContext2D,
  paths: BasemapPaths,
  transform: ViewTransform,
): DrawnTown[] {
  const { names, xy } = paths.places;
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

/** The tray of actors without a place: a dashed box with its name above it. */
export function drawTray(
  context: CanvasRenderingContext2D,
  tray: MapBox,
  label: string,
  transform: ViewTransform,
): void {
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
