/**
 * Where each actor stood when it was last drawn, for as long as one network is open. The display
 * graph holds only the actors of the window on screen; an actor that leaves the window (a firm
 * without projects in 2017) and comes back (in 2018) returns to its old place instead of a new
 * one, so positions stay fixed across snapshots unless the layout is run again (design guide §4,
 * Time). The layout moves actors in the display graph itself, so positions are read from it at
 * the moment it is replaced.
 */
import type { Position } from '../display-graph.ts';

export interface PositionSource {
  forEachNode(callback: (key: string, attributes: { x: number; y: number }) => void): void;
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): { x: number; y: number };
}

export class PositionMemory {
  private readonly remembered = new Map<string, Position>();

  /** Remembers every actor of the drawing about to be replaced. */
  remember(graph: PositionSource): void {
    graph.forEachNode((key, { x, y }) => {
      this.remembered.set(key, { x, y });
    });
  }

  /** Positions for the next drawing: on screen now, else where last drawn, else none (seeded). */
  lookup(graph: PositionSource | null): (key: string) => Position | undefined {
    return (key) => {
      if (graph?.hasNode(key)) {
        const { x, y } = graph.getNodeAttributes(key);
        return { x, y };
      }
      return this.remembered.get(key);
    };
  }

  forget(): void {
    this.remembered.clear();
  }
}
