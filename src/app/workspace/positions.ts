/**
 * Packing the display graph's positions into one Float32Array (plus the node keys) and
 * putting them back. One pass over the nodes either way: at 16,000 actors this costs a few
 * milliseconds, so it can run on every save without a worker.
 */
import type { LayoutPhase, SavedPositions } from './record.ts';

export interface NodePosition {
  x: number;
  y: number;
}

/**
 * The little of a graphology graph this module needs; the explorer's display graph fits it.
 * Method syntax on purpose: it lets a graph with richer node attributes be passed.
 */
export interface PositionGraph {
  readonly order: number;
  hasNode(key: string): boolean;
  forEachNode(callback: (key: string, attributes: NodePosition) => void): void;
  updateEachNodeAttributes(
    updater: (key: string, attributes: NodePosition) => NodePosition,
    hints?: { attributes?: string[] },
  ): void;
}

export function packPositions(graph: PositionGraph, layout: LayoutPhase): SavedPositions {
  const keys: string[] = [];
  const xy = new Float32Array(2 * graph.order);
  let i = 0;
  graph.forEachNode((key, node) => {
    keys.push(key);
    xy[i++] = node.x;
    xy[i++] = node.y;
  });
  return { keys, xy, layout };
}

/**
 * Moves every node of the graph that has a saved position there, by key, so a network saved
 * while filtered (a subset of the actors) still lands where it was. Returns how many moved.
 */
export function applyPositions(graph: PositionGraph, saved: SavedPositions): number {
  const index = new Map<string, number>();
  saved.keys.forEach((key, i) => {
    if (graph.hasNode(key)) index.set(key, i);
  });
  if (index.size === 0) return 0;
  graph.updateEachNodeAttributes(
    (key, node) => {
      const i = index.get(key);
      if (i !== undefined) {
        node.x = saved.xy[2 * i];
        node.y = saved.xy[2 * i + 1];
      }
      return node;
    },
    { attributes: ['x', 'y'] },
  );
  return index.size;
}
