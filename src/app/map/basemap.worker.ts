/**
 * The basemap off the main thread. `build` decodes Natural Earth's TopoJSON, projects and clips
 * it (a few hundred milliseconds at 1:50m, seconds at 1:10m) and hands the page the packed arrays
 * (for SVG exports and the legend's credits). `pictures` draws a view's two pictures, beneath and
 * above the ties, on OffscreenCanvases and hands over the bitmaps: the page only shows them
 * (map-picture-layers.ts). The shapes come from the app's own bundle (geo/basemap.ts); nothing is
 * fetched from a server.
 */
import * as Comlink from 'comlink';
import { type BasemapDetail, loadBasemap } from '../../geo/basemap.ts';
import { DETAIL_EXTENTS, type PackedBasemap, type PackedPlaces, packBasemap } from './basemap-data.ts';
import {
  type BasemapShapes,
  basemapShapes,
  type DrawnTown,
  drawOverTies,
  drawUnderTies,
  type MapPictureRequest,
  pictureSize,
} from './basemap-shapes.ts';

/** A view's two pictures, and the towns named on the upper one. */
export interface MapPictures {
  under: ImageBitmap;
  over: ImageBitmap;
  towns: DrawnTown[];
  drawMs: number;
}

interface WorkerBasemap {
  shapes: BasemapShapes;
  /** A copy: the page is handed the packed arrays themselves. */
  places: PackedPlaces;
}

const built = new Map<BasemapDetail, Promise<WorkerBasemap>>();
const canvases: { under?: OffscreenCanvas; over?: OffscreenCanvas } = {};

async function pack(detail: BasemapDetail): Promise<PackedBasemap> {
  return packBasemap(await loadBasemap({ detail, extent: DETAIL_EXTENTS[detail] }));
}

/** The basemap at a scale, built once (from `packed` when the page asked for it first). */
function basemapAt(detail: BasemapDetail, packed?: PackedBasemap): Promise<WorkerBasemap> {
  let basemap = built.get(detail);
  if (!basemap) {
    basemap = (packed ? Promise.resolve(packed) : pack(detail)).then((from) => ({
      shapes: basemapShapes(from),
      places: {
        names: [...from.places.names],
        xy: from.places.xy.slice(),
      },
    }));
    built.set(detail, basemap);
  }
  return basemap;
}

/** This worker's canvas for one of the pictures, at the size asked for. */
function canvasFor(
  which: 'under' | 'over',
  width: number,
  height: number,
): OffscreenCanvasRenderingContext2D {
  canvases[which] ??= new OffscreenCanvas(width, height);
  const canvas = canvases[which];
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // Rasterised here, on this worker's thread: with a GPU-backed canvas the work would go to the
  // GPU process, which in software WebGL is where sigma's frames are drawn too.
  return canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
}

const api = {
  async build(detail: BasemapDetail): Promise<PackedBasemap> {
    const packed = await pack(detail);
    // The worker keeps paths of its own; the arrays then go to the page without a copy.
    await basemapAt(detail, packed);
    const { land, borders, coastlines, places } = packed;
    const buffers = [land, borders, coastlines].flatMap((lines) =>
      [lines.points, lines.pieces, lines.chunks, lines.boxes].map((array) => array.buffer as ArrayBuffer),
    );
    return Comlink.transfer(packed, [...buffers, places.xy.buffer]);
  },

  async pictures(request: MapPictureRequest): Promise<MapPictures> {
    const { shapes, places } = await basemapAt(request.detail);
    const started = performance.now();
    const [width, height] = pictureSize(request);
    const under = canvasFor('under', width, height);
    drawUnderTies(under, shapes, request);
    const over = canvasFor('over', width, height);
    const towns = drawOverTies(over, places, request);
    const pictures: MapPictures = {
      under: under.canvas.transferToImageBitmap(),
      over: over.canvas.transferToImageBitmap(),
      towns,
      drawMs: performance.now() - started,
    };
    return Comlink.transfer(pictures, [pictures.under, pictures.over]);
  },
};

export type BasemapWorkerApi = typeof api;
Comlink.expose(api);
