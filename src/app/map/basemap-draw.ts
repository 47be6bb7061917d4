/**
 * Which scale of the basemap a view wants, and which is ready to draw it with. The pictures are
 * drawn in the basemap worker (basemap-shapes.ts, map-picture-layers.ts).
 */
import type { BasemapDetail } from '../../geo/basemap.ts';
import { basemapAt, type ReadyBasemap } from './basemap-client.ts';
import { DETAIL_EXTENTS } from './basemap-data.ts';
import { boxInView, type ViewTransform } from './view-transform.ts';

/** Closer than this (pixels per km, a view some 1,000 km across), 1:10m replaces 1:50m. */
const FINE_FROM_SCALE = 1.4;

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
