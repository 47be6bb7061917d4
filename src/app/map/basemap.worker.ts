/**
 * Builds the basemap off the main thread: decoding Natural Earth's TopoJSON, projecting and
 * clipping it takes from a few hundred milliseconds (1:50m) to seconds (1:10m). The shapes come
 * from the app's own bundle (geo/basemap.ts); nothing is fetched from a server.
 */
import * as Comlink from 'comlink';
import { type BasemapDetail, loadBasemap } from '../../geo/basemap.ts';
import { DETAIL_EXTENTS, type PackedBasemap, packBasemap } from './basemap-data.ts';

const api = {
  async build(detail: BasemapDetail): Promise<PackedBasemap> {
    const packed = packBasemap(await loadBasemap({ detail, extent: DETAIL_EXTENTS[detail] }));
    const { land, borders, coastlines, places } = packed;
    const buffers = [land, borders, coastlines].flatMap((lines) =>
      [lines.points, lines.pieces, lines.chunks, lines.boxes].map((array) => array.buffer as ArrayBuffer),
    );
    return Comlink.transfer(packed, [...buffers, places.xy.buffer, places.population.buffer]);
  },
};

export type BasemapWorkerApi = typeof api;
Comlink.expose(api);
