/** Actors that leave the window on screen and come back return to where they stood. */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { PositionMemory } from '../../../src/app/pipeline/position-memory.ts';

function drawing(positions: Record<string, [number, number]>) {
  const graph = new Graph<{ x: number; y: number }>();
  for (const [key, [x, y]] of Object.entries(positions)) graph.addNode(key, { x, y });
  return graph;
}

describe('PositionMemory', () => {
  it('prefers the drawing on screen, then where an actor was last drawn, else nothing', () => {
    const memory = new PositionMemory();
    const in2015 = drawing({ A: [1, 1], B: [2, 2] });
    memory.remember(in2015);
    // 2016: B is gone and A has moved (the layout ran).
    const in2016 = drawing({ A: [5, 5] });
    const for2016 = memory.lookup(in2016);
    expect(for2016('A')).toEqual({ x: 5, y: 5 });
    memory.remember(in2016);
    // 2017: B comes back to its 2015 place; C is new and gets none (the worker seeds it).
    const for2017 = memory.lookup(drawing({ A: [5, 5] }));
    expect(for2017('B')).toEqual({ x: 2, y: 2 });
    expect(for2017('A')).toEqual({ x: 5, y: 5 });
    expect(for2017('C')).toBeUndefined();
  });

  it('forgets everything when another network opens', () => {
    const memory = new PositionMemory();
    memory.remember(drawing({ A: [1, 1] }));
    memory.forget();
    expect(memory.lookup(null)('A')).toBeUndefined();
  });
});
