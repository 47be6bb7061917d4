/**
 * Switching the canvas between the force layout and the map. Going to the map keeps the force
 * positions (force-positions.ts), stops the layout and moves every actor to its place
 * (map-positions.ts, computed in the pipeline worker); going back moves them to the kept
 * positions and restarts the layout paused, as it was. Small networks move in an animation;
 * past STREAM_UP_TO actors every frame of it would reprocess the whole network in sigma (a long
 * task each), so large ones jump.
 *
 * On the map, sigma's bounding box is fixed to the extent of the map positions, so that a box in
 * kilometres converts to camera coordinates exactly, whatever sigma has processed so far.
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
import type { MapBox, MapPositions } from './map-positions.ts';
import type { LonLatBox } from './map-settings.ts';

const TWEEN_MILLISECONDS = 700;

type Extent = { x: [number, number]; y: [number, number] };

/** Whether the map can be shown: some actor of the network on screen has a place. */
export function mapAvailable(display: Display | null): boolean {
  return display?.map?.core != null;
}

/** Whether this display graph is showing the map (its force positions are kept aside). */
export function showingMap(display: Display | null): boolean {
  return display !== null && hasForcePositions(display.graph);
}

/** The exact extent of the map positions: sigma's bounding box on the map. */
export function mapExtent(map: MapPositions): Extent {
  const extent: Extent = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  for (let i = 0; i < map.xy.length; i += 2) {
    extent.x[0] = Math.min(extent.x[0], map.xy[i]);
    extent.x[1] = Math.max(extent.x[1], map.xy[i]);
    extent.y[0] = Math.min(extent.y[0], map.xy[i + 1]);
    extent.y[1] = Math.max(extent.y[1], map.xy[i + 1]);
  }
  return extent;
}

/** A box in km as sigma's framed coordinates, under the bounding box `extent` (sigma's normalisation). */
export function framedBox(box: MapBox, extent: Extent): FramedBox {
  const ratio = Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]) || 1;
  const cx = (extent.x[0] + extent.x[1]) / 2;
  const cy = (extent.y[0] + extent.y[1]) / 2;
  return {
    minX: 0.5 + (box.xMin - cx) / ratio,
    maxX: 0.5 + (box.xMax - cx) / ratio,
    minY: 0.5 + (box.yMin - cy) / ratio,
    maxY: 0.5 + (box.yMax - cy) / ratio,
  };
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

/** What the map frames when opened or fitted: the chosen view, else where most actors are. */
function mapFitTarget(): FramedBox | null {
  const { display, mapSettings } = useExplorer.getState();
  if (!display?.map?.core || !showingMap(display)) return null;
  const box = mapSettings.view ? mapBoxOf(mapSettings.view) : display.map.core;
  return framedBox(box, mapExtent(display.map));
}

let tween: number | null = null;
/** Where the camera was in the force layout, to go back to. */
let forceCamera: { graph: unknown; state: CameraState } | null = null;
/** The layout's status when the map was opened, shown again when the network comes back. */
let forceLayoutStatus: LayoutStatus | null = null;

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

/** Moves every actor to `to`, animated when the network is small enough; then calls `done`. */
function moveTo(display: Display, to: Float32Array, animate: boolean, done: () => void): void {
  cancelTween();
  if (!animate || display.graph.order > STREAM_UP_TO || typeof requestAnimationFrame === 'undefined') {
    writePositions(display, to);
    done();
    return;
  }
  const from = readPositions(display.graph);
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

/** Fixes sigma's bounding box to the map (or frees it), on the renderer drawing this display. */
export function frameRenderer(renderer: Sigma<DisplayNode, DisplayEdge>, display: Display): void {
  const onMap = showingMap(display) && display.map !== null;
  renderer.setCustomBBox(onMap && display.map ? mapExtent(display.map) : null);
  renderer.scheduleRefresh();
}

function rendererOf(display: Display): Sigma<DisplayNode, DisplayEdge> | null {
  const renderer = activeRenderer();
  return renderer && renderer.getGraph() === display.graph ? renderer : null;
}

function showMap(display: Display, animate: boolean): void {
  if (!display.map) return;
  const renderer = rendererOf(display);
  if (!hasForcePositions(display.graph)) {
    keepForcePositions(display.graph, readPositions(display.graph));
    const camera = renderer?.getCamera().getState();
    forceCamera = camera ? { graph: display.graph, state: { ...camera } } : null;
    forceLayoutStatus = { ...useExplorer.getState().layout };
  }
  stopLayout();
  if (animate) renderer?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  moveTo(display, display.map.xy, animate, () => {
    const current = rendererOf(display);
    if (current) frameRenderer(current, display);
    if (animate) fitView({ duration: 500 });
  });
}

function showForce(display: Display, animate: boolean): void {
  const kept = takeForcePositions(display.graph);
  if (!kept) return;
  // Kept aside again until the move is over, so that a session saved meanwhile saves them.
  keepForcePositions(display.graph, kept);
  const renderer = rendererOf(display);
  renderer?.setCustomBBox(null);
  if (animate) renderer?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  moveTo(display, kept, animate, () => {
    takeForcePositions(display.graph);
    const state = useExplorer.getState();
    startLayout(display.graph, { paused: true, community: state.analysis?.columns.community });
    if (forceLayoutStatus) {
      const { state: phase, iterations, elapsedMilliseconds } = forceLayoutStatus;
      state.setLayout({ state: phase === 'running' ? 'paused' : phase, iterations, elapsedMilliseconds });
    }
    const camera = forceCamera?.graph === display.graph ? forceCamera.state : null;
    const current = rendererOf(display);
    if (camera && current) current.getCamera().animate(camera, { duration: animate ? 400 : 0 });
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
  stopLayout();
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
