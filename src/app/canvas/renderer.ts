/**
 * The one live sigma renderer, for the controls that move the camera (zoom, fit, focus on an
 * actor). Kept outside the store: it is an imperative handle, not state to render from.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { useExplorer } from '../store.ts';

let active: Sigma<DisplayNode, DisplayEdge> | null = null;

export function setActiveRenderer(renderer: Sigma<DisplayNode, DisplayEdge> | null): void {
  active = renderer;
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
