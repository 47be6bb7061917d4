/**
 * The force layout's positions while the map is shown. On the map the display graph holds map
 * positions (derived from coordinates, never saved); the force layout's are kept here, per
 * display graph, so that going back to the network finds them, and so that a session saved on
 * the map saves the force layout. Outside the store, like the renderer: an imperative handle,
 * not state to render from.
 */
import type { PositionSource } from '../session/session.ts';

interface Graph extends PositionSource {
  hasNode(key: string): boolean;
}

/** x, y per node in the graph's node order, when the graph is showing the map. */
const kept = new WeakMap<object, Float32Array>();

/** Reads the graph's current positions, in its node order. */
export function readPositions(graph: PositionSource): Float32Array {
  const xy = new Float32Array(2 * graph.order);
  let i = 0;
  graph.forEachNode((_key, node) => {
    xy[i++] = node.x;
    xy[i++] = node.y;
  });
  return xy;
}

/** Keeps the force positions of a graph about to show the map. */
export function keepForcePositions(graph: object, xy: Float32Array): void {
  kept.set(graph, xy);
}

/** The kept force positions (and forgets them: the graph is about to hold them again). */
export function takeForcePositions(graph: object): Float32Array | undefined {
  const xy = kept.get(graph);
  kept.delete(graph);
  return xy;
}

export function hasForcePositions(graph: object): boolean {
  return kept.has(graph);
}

/** The graph's force positions as a position source while it shows the map; null otherwise. */
export function forcePositionsOf(graph: PositionSource): PositionSource | null {
  const xy = kept.get(graph);
  if (!xy) return null;
  return {
    order: graph.order,
    forEachNode(callback) {
      let i = 0;
      graph.forEachNode((key) => {
        callback(key, { x: xy[2 * i], y: xy[2 * i + 1] });
        i++;
      });
    },
  };
}

/** Force positions for a new graph of the same network (after a filter), looked up by key. */
export function forcePositionLookup(
  graph: Graph,
): ((key: string) => { x: number; y: number } | undefined) | null {
  const source = forcePositionsOf(graph);
  if (!source) return null;
  const byKey = new Map<string, { x: number; y: number }>();
  source.forEachNode((key, position) => byKey.set(key, position));
  return (key) => byKey.get(key);
}
