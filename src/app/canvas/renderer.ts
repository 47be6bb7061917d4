/**
 * The one live sigma renderer, for the controls that move the camera (zoom, fit, focus on an
 * actor). Kept outside the store: it is an imperative handle, not state to render from.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import type { CameraState } from '../session/session.ts';
import { useExplorer } from '../store.ts';

let active: Sigma<DisplayNode, DisplayEdge> | null = null;
/** A camera to show once the renderer of a newly opened network's drawing exists. */
let pendingCamera: { graph: unknown; state: CameraState } | null = null;

export function setActiveRenderer(renderer: Sigma<DisplayNode, DisplayEdge> | null): void {
  active = renderer;
  if (renderer && pendingCamera?.graph === renderer.getGraph()) {
    renderer.getCamera().setState(pendingCamera.state);
    pendingCamera = null;
  }
}

/** Where the camera is, for the session; null before anything is drawn. */
export function cameraState(): CameraState | null {
  if (!active) return null;
  const { x, y, ratio, angle } = active.getCamera().getState();
  return { x, y, ratio, angle };
}

/**
 * Puts the camera back where a session left it, on the renderer of `graph` — now if it is
 * already drawn, else as soon as its renderer is created.
 */
export function restoreCamera(state: CameraState | null, graph: unknown): void {
  pendingCamera = state ? { graph, state } : null;
  if (active && pendingCamera && active.getGraph() === graph) {
    active.getCamera().setState(pendingCamera.state);
    pendingCamera = null;
  }
}

export function zoomIn(): void {
  active?.getCamera().animatedZoom({ duration: 250 });
}

export function zoomOut(): void {
  active?.getCamera().animatedUnzoom({ duration: 250 });
}

export function fitView(): void {
  active?.getCamera().animatedReset({ duration: 300 });
}

/**
 * Brings an actor into view, zoomed in close enough to read its neighbourhood. `visibleCentre`
 * is where on screen it should land (default: the middle), so that panels covering part of
 * the canvas do not hide it.
 */
export function focusActor(id: string, visibleCentre?: { x: number; y: number }): void {
  if (!active) return;
  const position = active.getNodeDisplayData(id);
  if (!position) return;
  const target = { x: position.x, y: position.y, ratio: 0.35, angle: 0 };
  visibleCentre ??= freeAreaCentre();
  if (visibleCentre) {
    const { width, height } = active.getDimensions();
    const middle = active.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
    const wanted = active.viewportToFramedGraph(visibleCentre, { cameraState: target });
    target.x += middle.x - wanted.x;
    target.y += middle.y - wanted.y;
  }
  active.getCamera().animate(target, { duration: 400 });
}

/** Width the actor profile takes on the right, margin included. */
const PROFILE_WIDTH = 364;

/** The middle of the part of the canvas that the side panel and the profile leave visible. */
function freeAreaCentre(): { x: number; y: number } | undefined {
  if (!active) return undefined;
  const { width, height } = active.getDimensions();
  const sidePanel = document.getElementById('side-panel')?.getBoundingClientRect();
  const left = sidePanel ? sidePanel.right : 0;
  const right = useExplorer.getState().selected ? width - PROFILE_WIDTH : width;
  if (left === 0 && right === width) return undefined;
  return { x: (left + Math.max(right, left + 1)) / 2, y: height / 2 };
}

export function activeRenderer(): Sigma<DisplayNode, DisplayEdge> | null {
  return active;
}

/** Zoom never closer than this when fitting a few actors: a lone pair would fill the screen. */
const CLOSEST_FIT_RATIO = 0.08;
/** Room around the fitted actors, as a factor on their extent. */
const FIT_MARGIN = 1.2;

/**
 * Fits the camera to a set of actors (a community, the firms of a list) within the part of
 * the canvas the panels leave visible. Actors not drawn (filtered out) are skipped.
 */
export function focusActors(ids: Iterable<string>): void {
  if (!active) return;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const position = active.getNodeDisplayData(id);
    if (!position) continue;
    minX = Math.min(minX, position.x);
    maxX = Math.max(maxX, position.x);
    minY = Math.min(minY, position.y);
    maxY = Math.max(maxY, position.y);
  }
  if (!Number.isFinite(minX)) return;
  const { width, height } = active.getDimensions();
  const centre = freeAreaCentre();
  const sidePanel = document.getElementById('side-panel')?.getBoundingClientRect();
  const left = centre && sidePanel ? sidePanel.right : 0;
  const right = centre ? 2 * centre.x - left : width;
  // The framed-graph extent of the free area at ratio 1; it grows linearly with the ratio.
  const unit = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: 1, angle: 0 };
  const topLeft = active.viewportToFramedGraph({ x: left, y: 0 }, { cameraState: unit });
  const bottomRight = active.viewportToFramedGraph({ x: right, y: height }, { cameraState: unit });
  const freeWidth = Math.abs(bottomRight.x - topLeft.x) || 1;
  const freeHeight = Math.abs(bottomRight.y - topLeft.y) || 1;
  const ratio = Math.max(
    CLOSEST_FIT_RATIO,
    FIT_MARGIN * Math.max((maxX - minX) / freeWidth, (maxY - minY) / freeHeight),
  );
  const target = { ...unit, ratio };
  if (centre) {
    const middle = active.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
    const wanted = active.viewportToFramedGraph(centre, { cameraState: target });
    target.x += middle.x - wanted.x;
    target.y += middle.y - wanted.y;
  }
  active.getCamera().animate(target, { duration: 400 });
}
