/**
 * The map in pictures: a PNG export composes the map's two pictures (the basemap, then the flows
 * and town names, drawn by the basemap worker as on screen) beneath sigma's own picture (drawn by
 * @sigma/export-image on a renderer of the export's size, whose view the map follows), and an SVG export gets the same layers as SVG elements in screen coordinates.
 * The basemap's credits are written into both.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { escapeXml } from '../export/svg.ts';
import { useExplorer } from '../store.ts';
import { mapPictures, type ReadyBasemap } from './basemap-client.ts';
import { chunkCount, type PackedLines } from './basemap-data.ts';
import { basemapFor } from './basemap-draw.ts';
import { BASEMAP_STYLE, drawTowns } from './basemap-shapes.ts';
import type { Flow } from './flows.ts';
import { flowWidth } from './flows-draw.ts';
import { currentFlows, mapRequest } from './map-layers.ts';
import { showingMap } from './map-layout.ts';
import { MAP_TIE_COLOURS } from './map-ties.ts';
import { boxInView, toScreen, type ViewTransform, viewTransform } from './view-transform.ts';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

function drawCredits(context: CanvasRenderingContext2D, lines: readonly string[], height: number): void {
  context.font = '10px system-ui, sans-serif';
  context.fillStyle = '#6b7280';
  lines.forEach((line, i) => {
    context.fillText(line, 8, height - 8 - (lines.length - 1 - i) * 13);
  });
}

/**
 * The canvas as a PNG with the basemap beneath, when the map is shown; null otherwise (the
 * caller then exports the network alone).
 */
export async function mapPng(renderer: Renderer, width: number, height: number): Promise<Blob | null> {
  const { display } = useExplorer.getState();
  if (!showingMap(display)) return null;
  let view: ViewTransform | null = null;
  const network = await drawOnCanvas(renderer as unknown as Parameters<typeof drawOnCanvas>[0], {
    width,
    height,
    backgroundColor: 'transparent',
    withTempRenderer: async (temporary) => {
      view = viewTransform(temporary);
    },
  });
  const transform = view as ViewTransform | null;
  const canvas = document.createElement('canvas');
  canvas.width = network.width;
  canvas.height = network.height;
  const context = canvas.getContext('2d');
  if (!context || !transform) return null;
  const pixelRatio = network.width / width;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const paths = basemapFor(transform);
  // The map's two pictures, drawn in the basemap worker as on screen (map-picture-layers.ts).
  if (paths && display) {
    const request = mapRequest(
      display,
      paths.detail,
      transform,
      currentFlows(useExplorer.getState()),
      pixelRatio,
    );
    const { under, over } = await mapPictures(request);
    context.drawImage(under, 0, 0);
    context.drawImage(over, 0, 0);
    under.close();
    over.close();
  }
  context.drawImage(network, 0, 0);
  context.save();
  context.scale(pixelRatio, pixelRatio);
  drawCredits(context, paths?.attribution ?? [], height);
  context.restore();
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A chunk's pieces as SVG path data in screen pixels. */
function pathData(lines: PackedLines, chunk: number, transform: ViewTransform, closed: boolean): string {
  const { points, pieces, chunks } = lines;
  const parts: string[] = [];
  for (let p = chunks[chunk]; p < chunks[chunk + 1]; p++) {
    const coordinates: string[] = [];
    for (let k = pieces[p]; k < pieces[p + 1]; k++) {
      const { x, y } = toScreen(transform, points[2 * k], points[2 * k + 1]);
      coordinates.push(`${round(x)} ${round(y)}`);
    }
    parts.push(`M${coordinates.join('L')}${closed ? 'Z' : ''}`);
  }
  return parts.join('');
}

function linesInView(lines: PackedLines, transform: ViewTransform, closed: boolean): string[] {
  const data: string[] = [];
  for (let c = 0; c < chunkCount(lines); c++) {
    const box = Array.from(lines.boxes.subarray(4 * c, 4 * c + 4));
    if (boxInView(transform, box)) data.push(pathData(lines, c, transform, closed));
  }
  return data;
}

function basemapSvg(paths: ReadyBasemap, transform: ViewTransform): string[] {
  const { land, coastlines, borders } = paths.packed;
  const [[xMin, yMin], [xMax, yMax]] = paths.extent;
  const corners = [toScreen(transform, xMin, yMax), toScreen(transform, xMax, yMin)];
  const elements = [
    `<rect x="${round(Math.min(corners[0].x, corners[1].x))}" y="${round(Math.min(corners[0].y, corners[1].y))}" width="${round(Math.abs(corners[1].x - corners[0].x))}" height="${round(Math.abs(corners[1].y - corners[0].y))}" fill="${BASEMAP_STYLE.sea}"/>`,
    `<g fill="${BASEMAP_STYLE.land}" fill-rule="evenodd" stroke="none">`,
    ...linesInView(land, transform, true).map((d) => `<path d="${d}"/>`),
    '</g>',
    `<g fill="none" stroke-linejoin="round" stroke-linecap="round">`,
    ...linesInView(coastlines, transform, false).map(
      (d) => `<path d="${d}" stroke="${BASEMAP_STYLE.coast}" stroke-width="0.9"/>`,
    ),
    ...linesInView(borders, transform, false).map(
      (d) => `<path d="${d}" stroke="${BASEMAP_STYLE.border}" stroke-width="1.1"/>`,
    ),
    '</g>',
  ];
  return elements;
}

function townsSvg(paths: ReadyBasemap, transform: ViewTransform): string[] {
  // The towns the screen shows, placed by the same rule (measured on an off-screen canvas).
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [];
  const towns = drawTowns(context, paths.places, transform);
  return [
    `<g font-family="system-ui, sans-serif" font-size="11" fill="${BASEMAP_STYLE.town}">`,
    ...towns.map(
      (town) =>
        `<circle cx="${round(town.x)}" cy="${round(town.y)}" r="2"/><text x="${round(town.x + 5)}" y="${round(town.y + 4)}" stroke="${BASEMAP_STYLE.townHalo}" stroke-width="3" paint-order="stroke">${escapeXml(town.name)}</text>`,
    ),
    '</g>',
  ];
}

function flowsSvg(flows: readonly Flow[], width: 'ties' | 'strength', transform: ViewTransform): string[] {
  const largest = flows.reduce((most, flow) => Math.max(most, flow[width]), 0);
  return [
    '<g fill="none" stroke-linecap="round" stroke-opacity="0.65">',
    ...[...flows].reverse().map((flow) => {
      const a = toScreen(transform, flow.a[0], flow.a[1]);
      const b = toScreen(transform, flow.b[0], flow.b[1]);
      const cx = (a.x + b.x) / 2 - (b.y - a.y) * 0.2;
      const cy = (a.y + b.y) / 2 + (b.x - a.x) * 0.2;
      const colour = flow.crossBorder ? MAP_TIE_COLOURS.crossBorder : MAP_TIE_COLOURS.external;
      return `<path d="M${round(a.x)} ${round(a.y)}Q${round(cx)} ${round(cy)} ${round(b.x)} ${round(b.y)}" stroke="${colour}" stroke-width="${round(flowWidth(flow[width], largest))}"><title>${escapeXml(`${flow.from} – ${flow.to}: ${flow[width]}`)}</title></path>`;
    }),
    '</g>',
  ];
}

/** The map's layers for an SVG export: beneath the ties, and the credits above everything. */
export function mapSvgLayers(renderer: Renderer): { under: string[]; over: string[] } | undefined {
  const state = useExplorer.getState();
  if (!showingMap(state.display)) return undefined;
  const transform = viewTransform(renderer);
  const paths = basemapFor(transform);
  const under = paths ? [...basemapSvg(paths, transform), ...townsSvg(paths, transform)] : [];
  under.push(...flowsSvg(currentFlows(state), state.mapSettings.flowWidth, transform));
  const credits = paths?.attribution ?? [];
  const over = [
    '<g font-family="system-ui, sans-serif" font-size="10" fill="#6b7280">',
    ...credits.map(
      (line, i) =>
        `<text x="8" y="${round(transform.height - 8 - (credits.length - 1 - i) * 13)}">${escapeXml(line)}</text>`,
    ),
    '</g>',
  ];
  return { under, over };
}
