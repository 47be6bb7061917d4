/**
 * Placing an actor by hand: drag it, and where it is dropped it stays, pinned, until the
 * person lets it go again (the layout never moves pinned actors, layout/force-layout.ts).
 * A running layout starts again from where everyone is, with the new pin.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { useExplorer } from '../store.ts';

/** Pointer travel, in pixels, below which a press on an actor is a click, not a drag. */
const CLICK_TOLERANCE = 4;

export function enableDragging(
  renderer: Sigma<DisplayNode, DisplayEdge>,
  onDropped: (key: string) => void,
): { wasDragged(): boolean } {
  const graph = renderer.getGraph();
  let pressed: { key: string; x: number; y: number } | null = null;
  let dragging = false;
  let justDragged = false;

  renderer.on('downNode', ({ node, event }) => {
    // On the map actors stand at their places; only the force layout takes hand placement.
    if (useExplorer.getState().layoutMode === 'map') return;
    pressed = { key: node, x: event.x, y: event.y };
    dragging = false;
    justDragged = false;
  });
  renderer.on('moveBody', ({ event }) => {
    if (!pressed) return;
    if (!dragging && Math.hypot(event.x - pressed.x, event.y - pressed.y) < CLICK_TOLERANCE) return;
    if (!dragging) {
      dragging = true;
      // Without a fixed frame, sigma would rescale the whole drawing as the actor leaves it.
      if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
    }
    const { x, y } = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(pressed.key, { x, y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    if (pressed && dragging) {
      justDragged = true;
      onDropped(pressed.key);
    }
    pressed = null;
    dragging = false;
  };
  renderer.on('upNode', release);
  renderer.on('upStage', release);
  return {
    /** Whether the press that just ended moved an actor (so its click is not a selection). */
    wasDragged() {
      const was = justDragged;
      justDragged = false;
      return was;
    },
  };
}

/** Pins an actor where it was dropped and lets a running layout carry on around it. */
export function pinWhereDropped(key: string, relayout: () => void): void {
  const { layout, setPinned } = useExplorer.getState();
  setPinned(key, true);
  if (layout.state === 'running') relayout();
}
