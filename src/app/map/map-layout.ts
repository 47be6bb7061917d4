/**
 * Switching the canvas between the force layout and the map. Going to the map keeps the force
 * positions (force-positions.ts), stops the layout and moves every actor to its place
 * (map-positions.ts, computed in the pipeline worker); going back moves them to the kept
 * positions and restarts the layout paused, as it was.
 *
 * On the map, sigma's bounding box is fixed to the map's frame (the sample's view, else where most
 * actors are), so that the frame fills the canvas at sigma's usual zoom (actors and ties keep
 * their usual sizes) and a box in kilometres converts to camera coordinates exactly. The move
 * between the two runs in sigma's own normalised coordinates — where each layout fills the unit
 * square as it is shown — so the first and last frames are exactly the pictures before and after.
 * Small networks move in an animation; past STREAM_UP_TO actors every frame of it would reprocess
 * the whole network in sigma (a long task each), so large ones jump.
 */
import type Sigma from 'sigma';
import { project } from '../../geo/basemap.ts';
import { activeRenderer, type FramedBox, fitView, setFitTarget } from '../canvas/renderer.ts';
import type { Display, DisplayEdge, DisplayNode } from '../display-graph.ts';
import { STREAM_UP_TO, startLayout, stopLayout } from '../layout/layout-controller.ts';
import type { CameraState } from '../session/session.ts';
import { type LayoutStatus, useExplorer } from '../store.ts';
import {
  hasForcePositions,
  keepForcePositions,
  readPositions,
  takeForcePositions,
} from './force-positions.ts';
import type { MapBox } from './map-positions.ts';
import type { LonLatBox, MapSettings } from './map-settings.ts';

const TWEEN_MILLISECONDS = 700;

/** Sigma's bounding box: the extent it maps onto the unit square. */
export type Extent = { x: [number, number]; y: [number, number] };

const UNIT_SQUARE: Extent = { x: [0, 1], y: [0, 1] };

/** Whether the map can be shown: some actor of the network on screen has a place. */
export function mapAvailable(display: Display | null): boolean {
  return display?.map?.core != null;
}

/** Whether this display graph is showing the map (its force positions are kept aside). */
export function showingMap(display: Display | null): boolean {
  return display !== null && hasForcePositions(display.graph);
}

/** The box in km a longitude/latitude box covers (its corners and edge middles projected). */
export function mapBoxOf([west, south, east, north]: LonLatBox): MapBox {
  const points = [
    project(west, south),
    project(east, south),
    project(west, north),
    project(east, north),
    project((west + east) / 2, south),
    project((west + east) / 2, north),
  ];
  return {
    xMin: Math.min(...points.map(([x]) => x)),
    xMax: Math.max(...points.map(([x]) => x)),
    yMin: Math.min(...points.map(([, y]) => y)),
    yMax: Math.max(...points.map(([, y]) => y)),
  };
}

/** The map's frame: the chosen view, else where most actors are; null without a map. */
export function mapFrame(display: Display | null, settings: MapSettings): Extent | null {
  const core = display?.map?.core;
  if (!core) return null;
  const box = settings.view ? mapBoxOf(settings.view) : core;
  return { x: [box.xMin, box.xMax], y: [box.yMin, box.yMax] };
}

/** The extent of positions (sigma's own bounding box when none is fixed). */
export function extentOf(xy: Float32Array): Extent {
  const extent: Extent = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  for (let i = 0; i < xy.length; i += 2) {
    extent.x[0] = Math.min(extent.x[0], xy[i]);
    extent.x[1] = Math.max(extent.x[1], xy[i]);
    extent.y[0] = Math.min(extent.y[0], xy[i + 1]);
    extent.y[1] = Math.max(extent.y[1], xy[i + 1]);
  }
  return extent;
}

/** Sigma's normalisation of a point under a bounding box: the box's longer side becomes 1. */
function normaliser(extent: Extent): (x: number, y: number) => [number, number] {
  const ratio = Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]) || 1;
  const cx = (extent.x[0] + extent.x[1]) / 2;
  const cy = (extent.y[0] + extent.y[1]) / 2;
  return (x, y) => [0.5 + (x - cx) / ratio, 0.5 + (y - cy) / ratio];
}

/** Positions as sigma shows them under a bounding box, in its unit square. */
export function normalised(xy: Float32Array, extent: Extent): Float32Array {
  const normalise = normaliser(extent);
  const out = new Float32Array(xy.length);
  for (let i = 0; i < xy.length; i += 2) [out[i], out[i + 1]] = normalise(xy[i], xy[i + 1]);
  return out;
}

/** A box in km as sigma's framed coordinates, under the bounding box `extent`. */
export function framedBox(box: MapBox, extent: Extent): FramedBox {
  const normalise = normaliser(extent);
  const [minX, minY] = normalise(box.xMin, box.yMin);
  const [maxX, maxY] = normalise(box.xMax, box.yMax);
  return { minX, minY, maxX, maxY };
}

/** What the map frames when opened or fitted: its frame, however small beside the world around. */
function mapFitTarget(): FramedBox | null {
  const { display, mapSettings } = useExplorer.getState();
  const frame = mapFrame(display, mapSettings);
  if (!frame || !showingMap(display)) return null;
  return framedBox({ xMin: frame.x[0], xMax: frame.x[1], yMin: frame.y[0], yMax: frame.y[1] }, frame);
}

let tween: number | null = null;
/** Where the camera was in the force layout, to go back to. */
let forceCamera: { graph: unknown; state: CameraState } | null = null;
/** The layout's status when the map was opened, shown again when the network comes back. */
let forceLayoutStatus: LayoutStatus | null = null;

/** Whether actors are moving between the layouts (their positions then are in sigma's unit square). */
export function layoutsMoving(): boolean {
  return tween !== null;
}

function cancelTween(): void {
  if (tween !== null) cancelAnimationFrame(tween);
  tween = null;
}

function writePositions(display: Display, xy: Float32Array): void {
  let i = 0;
  display.graph.updateEachNodeAttributes(
    (_key, node) => {
      node.x = xy[2 * i];
      node.y = xy[2 * i + 1];
      i++;
      return node;
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Moves every actor from `from` to `to` (both in sigma's unit square), then calls `done`, which
 * writes the real positions and bounding box; animated when the network is small enough.
 */
function move(
  display: Display,
  from: Float32Array,
  to: Float32Array,
  animate: boolean,
  done: () => void,
): void {
  cancelTween();
  const renderer = rendererOf(display);
  if (!animate || display.graph.order > STREAM_UP_TO || typeof requestAnimationFrame === 'undefined') {
    done();
    return;
  }
  renderer?.setCustomBBox(UNIT_SQUARE);
  const now = new Float32Array(to.length);
  const started = performance.now();
  const step = () => {
    const t = Math.min(1, (performance.now() - started) / TWEEN_MILLISECONDS);
    const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    for (let i = 0; i < to.length; i++) now[i] = from[i] + (to[i] - from[i]) * eased;
    writePositions(display, now);
    if (t < 1) tween = requestAnimationFrame(step);
    else {
      tween = null;
      done();
    }
  };
  tween = requestAnimationFrame(step);
}

/** Fixes sigma's bounding box to the map's frame (or frees it), on the renderer drawing this display. */
export function frameRenderer(renderer: Sigma<DisplayNode, DisplayEdge>, display: Display): void {
  const frame = showingMap(display) ? mapFrame(display, useExplorer.getState().mapSettings) : null;
  renderer.setCustomBBox(frame);
  renderer.scheduleRefresh();
}

function rendererOf(display: Display): Sigma<DisplayNode, DisplayEdge> | null {
  const renderer = activeRenderer();
  return renderer && renderer.getGraph() === display.graph ? renderer : null;
}

/** The layout stays still on the map; its status says so, and is shown again on the way back. */
function holdLayout(): void {
  stopLayout();
  const state = useExplorer.getState();
  if (state.layout.state === 'running' || state.layout.state === 'idle') state.setLayout({ state: 'paused' });
}

function showMap(display: Display, animate: boolean): void {
  const frame = mapFrame(display, useExplorer.getState().mapSettings);
  if (!display.map || !frame) return;
  const map = display.map;
  const renderer = rendererOf(display);
  const current = readPositions(display.graph);
  // Where the actors are shown now: under the fixed unit square mid-move, else sigma's own box.
  const shownExtent = tween !== null ? UNIT_SQUARE : extentOf(current);
  if (!hasForcePositions(display.graph)) {
    keepForcePositions(display.graph, current);
    const camera = renderer?.getCamera().getState();
    forceCamera = camera ? { graph: display.graph, state: { ...camera } } : null;
    forceLayoutStatus = { ...useExplorer.getState().layout };
  }
  holdLayout();
  if (animate) renderer?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  move(display, normalised(current, shownExtent), normalised(map.xy, frame), animate, () => {
    writePositions(display, map.xy);
    const now = rendererOf(display);
    if (now) frameRenderer(now, display);
    if (animate) fitView({ duration: 500 });
  });
}

function showForce(display: Display, animate: boolean): void {
  const kept = takeForcePositions(display.graph);
  if (!kept) return;
  // Kept aside again until the move is over, so that a session saved meanwhile saves them.
  keepForcePositions(display.graph, kept);
  const frame = mapFrame(display, useExplorer.getState().mapSettings);
  const current = readPositions(display.graph);
  const shownExtent = tween !== null || !frame ? UNIT_SQUARE : frame;
  const renderer = rendererOf(display);
  if (animate) renderer?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  move(display, normalised(current, shownExtent), normalised(kept, extentOf(kept)), animate, () => {
    takeForcePositions(display.graph);
    writePositions(display, kept);
    const now = rendererOf(display);
    if (now) frameRenderer(now, display);
    const state = useExplorer.getState();
    startLayout(display.graph, { paused: true, community: state.analysis?.columns.community });
    if (forceLayoutStatus) {
      const { state: phase, iterations, elapsedMilliseconds } = forceLayoutStatus;
      state.setLayout({ state: phase === 'running' ? 'paused' : phase, iterations, elapsedMilliseconds });
    }
    const camera = forceCamera?.graph === display.graph ? forceCamera.state : null;
    if (camera && now) now.getCamera().animate(camera, { duration: animate ? 400 : 0 });
    else fitView({ duration: animate ? 400 : 0 });
  });
}

/**
 * A new drawing of the network (opened, filtered, re-analysed) while the map is chosen: its
 * force positions are those of the previous drawing where it had them (else the worker's seed),
 * and it shows the map at once.
 */
function carryMapTo(display: Display, previous: Display | null): void {
  if (!display.map?.core) {
    useExplorer.setState({ layoutMode: 'force' });
    return;
  }
  const before = previous ? forcePositionsFor(previous) : null;
  const xy = readPositions(display.graph);
  if (before) {
    let i = 0;
    display.graph.forEachNode((key) => {
      const position = before.get(key);
      if (position) {
        xy[2 * i] = position.x;
        xy[2 * i + 1] = position.y;
      }
      i++;
    });
  }
  keepForcePositions(display.graph, xy);
  holdLayout();
  writePositions(display, display.map.xy);
  const renderer = rendererOf(display);
  if (renderer) frameRenderer(renderer, display);
}

function forcePositionsFor(display: Display): Map<string, { x: number; y: number }> | null {
  const xy = hasForcePositions(display.graph) ? takeForcePositions(display.graph) : null;
  if (!xy) return null;
  keepForcePositions(display.graph, xy);
  const byKey = new Map<string, { x: number; y: number }>();
  let i = 0;
  display.graph.forEachNode((key) => {
    byKey.set(key, { x: xy[2 * i], y: xy[2 * i + 1] });
    i++;
  });
  return byKey;
}

/** Keeps the canvas on the chosen layout as it and the network change; returns the unsubscribe function. */
export function keepMapLayoutInStep(): () => void {
  setFitTarget(mapFitTarget);
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (state.display !== previous.display) {
      cancelTween();
      const { display } = state;
      // The previous drawing's force positions carry over only within one network.
      const before = state.source === previous.source ? previous.display : null;
      // After the job that committed the drawing has started its layout (controller.ts).
      if (display && state.layoutMode === 'map') queueMicrotask(() => afterCommit(display, before));
      return;
    }
    if (state.mapSettings.view !== previous.mapSettings.view && showingMap(state.display)) {
      const renderer = state.display ? rendererOf(state.display) : null;
      if (renderer && state.display) frameRenderer(renderer, state.display);
      fitView();
    }
    if (state.layoutMode === previous.layoutMode || !state.display) return;
    if (state.layoutMode === 'map') {
      if (mapAvailable(state.display)) showMap(state.display, true);
      else useExplorer.setState({ layoutMode: 'force' });
    } else showForce(state.display, true);
  });
  return () => {
    unsubscribe();
    setFitTarget(null);
    cancelTween();
  };
}

function afterCommit(display: Display, previous: Display | null): void {
  const state = useExplorer.getState();
  if (state.display !== display || state.layoutMode !== 'map') return;
  carryMapTo(display, previous);
}
