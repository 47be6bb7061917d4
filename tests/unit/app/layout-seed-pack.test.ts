/** Where the layout starts (communities on discs) and how it ends (components packed). */
import { describe, expect, it } from 'vitest';
import { connectedComponents, packComponents } from '../../../src/app/layout/pack.ts';
import { seedPositions } from '../../../src/app/layout/seed.ts';

function centroid(positions: Float32Array, nodes: number[]) {
  let x = 0;
  let y = 0;
  for (const v of nodes) {
    x += positions[2 * v];
    y += positions[2 * v + 1];
  }
  return { x: x / nodes.length, y: y / nodes.length };
}

function spread(positions: Float32Array, nodes: number[]) {
  const c = centroid(positions, nodes);
  return Math.max(...nodes.map((v) => Math.hypot(positions[2 * v] - c.x, positions[2 * v + 1] - c.y)));
}

describe('seed positions', () => {
  const community = Int32Array.from({ length: 300 }, (_, v) => v % 3);
  const degree = Float64Array.from({ length: 300 }, (_, v) => v % 7);

  it('gives each community a disc of its own, apart from the others', () => {
    const positions = seedPositions(community, degree);
    const groups = [0, 1, 2].map((c) => [...community.keys()].filter((v) => community[v] === c));
    const centres = groups.map((nodes) => centroid(positions, nodes));
    for (let a = 0; a < 3; a++)
      for (let b = a + 1; b < 3; b++) {
        const distance = Math.hypot(centres[a].x - centres[b].x, centres[a].y - centres[b].y);
        expect(distance).toBeGreaterThan(spread(positions, groups[a]));
      }
  });

  it('is the same for the same network, and puts no two actors on one point', () => {
    const positions = seedPositions(community, degree);
    expect(seedPositions(community, degree)).toEqual(positions);
    const points = new Set<string>();
    for (let v = 0; v < 300; v++) points.add(`${positions[2 * v]},${positions[2 * v + 1]}`);
    expect(points.size).toBe(300);
  });

  it('treats actors without a community as communities of one', () => {
    const positions = seedPositions([Number.NaN, -1, 0, 0], [0, 0, 1, 1]);
    expect(positions.every(Number.isFinite)).toBe(true);
  });
});

describe('component packing', () => {
  // A triangle far away, a pair and an isolate scattered around a square.
  const edges = Int32Array.from([0, 1, 1, 2, 2, 3, 3, 0, 4, 5, 5, 6, 6, 4, 7, 8]);
  const positions = Float32Array.from([
    0, 0, 10, 0, 10, 10, 0, 10, 500, 500, 510, 500, 505, 510, -400, 30, -390, 30, 900, -900,
  ]);

  it('finds components', () => {
    expect([...new Set(connectedComponents(10, edges))].length).toBe(4);
  });

  it('keeps the largest in place and puts the others in rows close under it, without overlap', () => {
    const packed = positions.slice();
    packComponents(packed, edges, null, 5);
    expect(packed.slice(0, 8)).toEqual(positions.slice(0, 8));
    for (const v of [4, 5, 6, 7, 8, 9]) {
      expect(packed[2 * v + 1]).toBeLessThan(0);
      expect(Math.abs(packed[2 * v])).toBeLessThan(60);
    }
    const boxes = [[4, 5, 6], [7, 8], [9]].map((nodes) => ({
      minX: Math.min(...nodes.map((v) => packed[2 * v])),
      maxX: Math.max(...nodes.map((v) => packed[2 * v])),
      minY: Math.min(...nodes.map((v) => packed[2 * v + 1])),
      maxY: Math.max(...nodes.map((v) => packed[2 * v + 1])),
    }));
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const apart =
          boxes[a].maxX < boxes[b].minX ||
          boxes[b].maxX < boxes[a].minX ||
          boxes[a].maxY < boxes[b].minY ||
          boxes[b].maxY < boxes[a].minY;
        expect(apart).toBe(true);
      }
  });

  it('leaves a component with a pinned actor where the person put it', () => {
    const packed = positions.slice();
    const pinned = new Uint8Array(10);
    pinned[9] = 1;
    packComponents(packed, edges, pinned, 5);
    expect([packed[18], packed[19]]).toEqual([900, -900]);
  });
});
