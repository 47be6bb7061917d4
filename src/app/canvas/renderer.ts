/**
 * The one live sigma renderer, for the controls that move the camera (zoom, fit, focus on an
 * actor). Kept outside the store: it is an imperative handle, not state to render from.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';

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

/** Centres the camera on an actor and zooms in close enough to read its neighbourhood. */
export function focusActor(id: string): void {
  if (!active) return;
  const position = active.getNodeDisplayData(id);
  if (!position) return;
  active.getCamera().animate({ x: position.x, y: position.y, ratio: 0.35 }, { duration: 400 });
}

export function activeRenderer(): Sigma<DisplayNode, DisplayEdge> | null {
  return active;
}
