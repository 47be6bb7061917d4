/**
 * The basemap off the main thread. `build` decodes Natural Earth's TopoJSON, projects and clips
 * it (a few hundred milliseconds at 1:50m, seconds at 1:10m) and hands the page the packed arrays
 * (for town names and SVG exports). `picture` draws the shapes for a view on an OffscreenCanvas
 * and hands over the bitmap: the page only shows it (basemap-layer.ts). The shapes come from the
 * app's own bundle (geo/basemap.ts); nothing is fetched from a server.
 */
import * as Comlink from 'comlink';
import { type BasemapDetail, loadBasemap } from '../../geo/basemap.ts';
import { DETAIL_EXTENTS, type PackedBasemap, packBasemap } from './basemap-data.ts';
import {
  type BasemapPictureRequest,
  type BasemapShapes,
  basemapShapes,
  drawPicture,
  pictureSize,
} from './basemap-shapes.ts';

const built = new Map<BasemapDetail, Promise<BasemapShapes>>();
let canvas: OffscreenCanvas | null = null;

async function pack(detail: BasemapDetail): Promise<PackedBasemap> {
  return packBasemap(await loadBasemap({ detail, extent: DETAIL_EXTENTS[detail] }));
}

/** The shapes at a scale, built once (from `packed` when the page asked for it first). */
function shapesAt(detail: BasemapDetail, packed?: PackedBasemap): Promise<BasemapShapes> {
  let shapes = built.get(detail);
  if (!shapes) {
    shapes = (packed ? Promise.resolve(packed) : pack(detail)).then(basemapShapes);
    built.set(detail, shapes);
  }
  return shapes;
}

const api = {
  async build(detail: BasemapDetail): Promise<PackedBasemap> {
    const packed = await pack(detail);
    // The worker keeps paths of its own; the arrays then go to the page without a copy.
    await shapesAt(detail, packed);
    const { land, borders, coastlines, places } = packed;
    const buffers = [land, borders, coastlines].flatMap((lines) =>
      [lines.points, lines.pieces, lines.chunks, lines.boxes].map((array) => array.buffer as ArrayBuffer),
    );
    return Comlink.transfer(packed, [...buffers, places.xy.buffer, places.population.buffer]);
  },

  async picture(request: BasemapPictureRequest): Promise<{ bitmap: ImageBitmap; drawMs: number }> {
    const shapes = await shapesAt(request.detail);
    const started = performance.now();
    const [width, height] = pictureSize(request);
    canvas ??= new OffscreenCanvas(width, height);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    // Rasterised here, on this worker's thread: with a GPU-backed canvas the work would go to the
    // GPU process, which in software WebGL is where sigma's frames are drawn too.
    const context = canvas.getContext('2d', {
      willReadFrequently: true,
    }) as OffscreenCanvasRenderingContext2D;
    drawPicture(context, shapes, request);
    const bitmap = canvas.transferToImageBitmap();
    return Comlink.transfer({ bitmap, drawMs: performance.now() - started }, [bitmap]);
  },
};

export type BasemapWorkerApi = typeof api;
Comlink.expose(api);
