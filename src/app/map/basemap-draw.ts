/**
 * What the page draws of the basemap itself: which scale a view wants, and town names for
 * orientation, placed largest first and skipped where they would cover one already placed. The
 * shapes are drawn in the basemap worker (basemap-shapes.ts, basemap-layer.ts).
 */
import type { BasemapDetail } from '../../geo/basemap.ts';
import { basemapAt, type ReadyBasemap } from './basemap-client.ts';
import { DETAIL_EXTENTS } from './basemap-data.ts';
import { BASEMAP_STYLE, type Context2D, TOWN_FONT } from './basemap-shapes.ts';
import { boxInView, toScreen, type ViewTransform } from './view-transform.ts';

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
export function basemapFor(transform: ViewTransform): ReadyBasemap | undefined {
  const coarse = basemapAt('50m');
  return (wantedDetail(transform) === '10m' ? basemapAt('10m') : undefined) ?? coarse;
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

/** Places and draws town names in screen pixels; returns what was drawn. */
export function drawTowns(context: Context2D, basemap: ReadyBasemap, transform: ViewTransform): DrawnTown[] {
  const { names, xy } = basemap.places;
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
