import Graph from 'graphology';
import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { NodePicker } from '../../../src/app/canvas/picking.ts';
import type { DisplayEdge, DisplayNode } from '../../../src/app/display-graph.ts';

interface Record {
  x: number;
  y: number;
  size: number;
  zIndex?: number;
  hidden?: boolean;
}

/**
 * The little of a sigma renderer the picker reads: the graph, sigma's display records and its
 * mappings. Framed-graph units are a hundredth of a pixel here, and sizes are pixels.
 */
function fakeRenderer(records: { [key: string]: Record }) {
  const graph = new Graph();
  for (const key of Object.keys(records)) graph.addNode(key);
  const renderer = {
    getGraph: () => graph,
    nodeDataCache: records,
    getNodeDisplayData: () => {
      throw new Error('the grid reads the records in place, never a copy per actor');
    },
    viewportToFramedGraph: ({ x, y }: { x: number; y: number }) => ({ x: x * 100, y: y * 100 }),
    framedGraphToViewport: ({ x, y }: { x: number; y: number }) => ({ x: x / 100, y: y / 100 }),
    scaleSize: (size: number) => size,
  };
  return renderer as unknown as Sigma<DisplayNode, DisplayEdge>;
}

describe('finding the actor under the pointer on the CPU', () => {
  it('finds the actor whose disc holds the point, and none in empty space', () => {
    const picker = new NodePicker(
      fakeRenderer({ a: { x: 1000, y: 1000, size: 5 }, b: { x: 5000, y: 2000, size: 8 } }),
    );
    expect(picker.nodeAt({ x: 10, y: 10 })).toBe('a');
    expect(picker.nodeAt({ x: 14, y: 12 })).toBe('a');
    expect(picker.nodeAt({ x: 16, y: 10 })).toBeNull();
    expect(picker.nodeAt({ x: 57, y: 20 })).toBe('b');
    expect(picker.nodeAt({ x: 30, y: 30 })).toBeNull();
  });

  it('takes the actor in front where discs overlap, then the larger one', () => {
    const picker = new NodePicker(
      fakeRenderer({
        large: { x: 1000, y: 1000, size: 10 },
        small: { x: 1200, y: 1000, size: 4 },
        front: { x: 900, y: 1000, size: 3, zIndex: 1 },
      }),
    );
    expect(picker.nodeAt({ x: 13, y: 10 })).toBe('large');
    expect(picker.nodeAt({ x: 9, y: 10 })).toBe('front');
  });

  it('never finds a hidden actor, and follows moved actors once told', () => {
    const records: { [key: string]: Record } = {
      shown: { x: 1000, y: 1000, size: 5 },
      hidden: { x: 3000, y: 1000, size: 5, hidden: true },
    };
    const picker = new NodePicker(fakeRenderer(records));
    expect(picker.nodeAt({ x: 30, y: 10 })).toBeNull();
    records.shown.x = 3000;
    expect(picker.nodeAt({ x: 30, y: 10 })).toBeNull();
    picker.invalidate();
    expect(picker.nodeAt({ x: 30, y: 10 })).toBe('shown');
    expect(picker.nodeAt({ x: 10, y: 10 })).toBeNull();
  });

  it('finds every one of many actors spread over the grid at its own place', () => {
    const records: { [key: string]: Record } = {};
    for (let i = 0; i < 400; i++)
      records[`n${i}`] = { x: (i % 20) * 1000, y: Math.floor(i / 20) * 1000, size: 2 };
    const picker = new NodePicker(fakeRenderer(records));
    for (let i = 0; i < 400; i += 7)
      expect(picker.nodeAt({ x: (i % 20) * 10 + 1, y: Math.floor(i / 20) * 10 - 1 })).toBe(`n${i}`);
  });
});
