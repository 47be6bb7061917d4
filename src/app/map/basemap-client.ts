/**
 * The page's side of the basemap: asks the basemap worker for a scale once, turns the flat
 * arrays into Path2D objects in short steps (a 1:10m map is some 200,000 points), and keeps
 * them for every frame after. Each scale is built once per page.
 */
import * as Comlink from 'comlink';
import type { BasemapDetail, MapExtent } from '../../geo/basemap.ts';
import { inSteps } from '../pipeline/steps.ts';
import type { BasemapWorkerApi } from './basemap.worker.ts';
import { chunkCount, type PackedBasemap, type PackedLines, type PackedPlaces } from './basemap-data.ts';

export interface PathChunk {
  path: Path2D;
  /** xMin, yMin, xMax, yMax in km. */
  box: readonly [number, number, number, number];
}

export interface BasemapPaths {
  detail: BasemapDetail;
  extent: MapExtent;
  land: PathChunk[];
  borders: PathChunk[];
  coastlines: PathChunk[];
  places: PackedPlaces;
  attribution: string[];
  /** The arrays the paths were made from, for writing the basemap into an SVG. */
  packed: PackedBasemap;
}

let worker: Comlink.Remote<BasemapWorkerApi> | null = null;
const ready = new Map<BasemapDetail, BasemapPaths>();
const pending = new Map<BasemapDetail, Promise<BasemapPaths | null>>();
const listeners = new Set<() => void>();

function remote(): Comlink.Remote<BasemapWorkerApi> {
  worker ??= Comlink.wrap<BasemapWorkerApi>(
    new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker;
}

function* chunksInSteps(lines: PackedLines, closed: boolean, out: PathChunk[]): Generator<void> {
  const { points, pieces, chunks, boxes } = lines;
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
    yield;
  }
}

function* pathsInSteps(packed: PackedBasemap): Generator<void, BasemapPaths> {
  const paths: BasemapPaths = {
    detail: packed.detail,
    extent: packed.extent,
    land: [],
    borders: [],
    coastlines: [],
    places: packed.places,
    attribution: packed.attribution,
    packed,
  };
  yield* chunksInSteps(packed.land, true, paths.land);
  yield* chunksInSteps(packed.coastlines, false, paths.coastlines);
  yield* chunksInSteps(packed.borders, false, paths.borders);
  return paths;
}

/** The basemap at a scale if it is ready; otherwise starts building it and returns undefined. */
export function basemapAt(detail: BasemapDetail): BasemapPaths | undefined {
  const paths = ready.get(detail);
  if (!paths) void requestBasemap(detail);
  return paths;
}

/** The basemap at a scale, built once; null when it could not be built. */
export function requestBasemap(detail: BasemapDetail): Promise<BasemapPaths | null> {
  const done = ready.get(detail);
  if (done) return Promise.resolve(done);
  let promise = pending.get(detail);
  if (!promise) {
    promise = remote()
      .build(detail)
      .then((packed) => inSteps(pathsInSteps(packed)))
      .then((paths) => {
        ready.set(detail, paths);
        for (const listener of listeners) listener();
        return paths;
      })
      .catch(() => null);
    pending.set(detail, promise);
  }
  return promise;
}

/** Hears when a scale becomes ready (to draw again); returns the unsubscribe function. */
export function onBasemapReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
