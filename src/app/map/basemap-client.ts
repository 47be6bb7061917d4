/**
 * The page's side of the basemap: asks the basemap worker for a scale once and keeps what it
 * sends (the packed arrays, for SVG exports and the credits), and asks it for the map's pictures
 * of a view (basemap-shapes.ts), which it draws on its own thread.
 */
import * as Comlink from 'comlink';
import type { BasemapDetail, MapExtent } from '../../geo/basemap.ts';
import type { BasemapWorkerApi, MapPictures } from './basemap.worker.ts';
import type { PackedBasemap, PackedPlaces } from './basemap-data.ts';
import type { MapPictureRequest } from './basemap-shapes.ts';

/** A scale of the basemap, ready on the page. */
export interface ReadyBasemap {
  detail: BasemapDetail;
  extent: MapExtent;
  places: PackedPlaces;
  attribution: string[];
  /** The arrays the worker's paths are made from, for writing the basemap into an SVG. */
  packed: PackedBasemap;
}

let worker: Comlink.Remote<BasemapWorkerApi> | null = null;
const ready = new Map<BasemapDetail, ReadyBasemap>();
const pending = new Map<BasemapDetail, Promise<ReadyBasemap | null>>();
const listeners = new Set<() => void>();

function remote(): Comlink.Remote<BasemapWorkerApi> {
  worker ??= Comlink.wrap<BasemapWorkerApi>(
    new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker;
}

/** The basemap at a scale if it is ready; otherwise starts building it and returns undefined. */
export function basemapAt(detail: BasemapDetail): ReadyBasemap | undefined {
  const basemap = ready.get(detail);
  if (!basemap) void requestBasemap(detail);
  return basemap;
}

/** The basemap at a scale, built once; null when it could not be built. */
export function requestBasemap(detail: BasemapDetail): Promise<ReadyBasemap | null> {
  const done = ready.get(detail);
  if (done) return Promise.resolve(done);
  let promise = pending.get(detail);
  if (!promise) {
    promise = remote()
      .build(detail)
      .then((packed) => {
        const basemap: ReadyBasemap = {
          detail: packed.detail,
          extent: packed.extent,
          places: packed.places,
          attribution: packed.attribution,
          packed,
        };
        ready.set(detail, basemap);
        for (const listener of listeners) listener();
        return basemap;
      })
      .catch(() => null);
    pending.set(detail, promise);
  }
  return promise;
}

/** The map's pictures of a view, beneath and above the ties, drawn in the worker. */
export function mapPictures(request: MapPictureRequest): Promise<MapPictures> {
  return remote().pictures(request);
}

/** Hears when a scale becomes ready (to draw again); returns the unsubscribe function. */
export function onBasemapReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
