import { describe, expect, it } from 'vitest';
import { MarkBatch, SMALLEST_DOT_RADIUS } from '../../../src/app/canvas/mark-layer.ts';

interface Vertex {
  x: number;
  y: number;
  /** The colour as the GPU reads it: red, green, blue, opacity bytes. */
  colour: number[];
  /** Where the vertex lies from the mark's middle, in units of the mark's fade width. */
  shape: [number, number];
  /** The distance, in the same units, at which the mark has faded out. */
  edge: number;
}

const FLOATS = 6;

function vertices(quads: MarkBatch['ties']): Vertex[] {
  const bytes = new Uint8Array(quads.data.buffer);
  return Array.from({ length: quads.vertices }, (_, i) => {
    const at = i * FLOATS;
    return {
      x: quads.data[at],
      y: quads.data[at + 1],
      colour: [...bytes.subarray(at * 4 + 8, at * 4 + 12)],
      shape: [quads.data[at + 3], quads.data[at + 4]],
      edge: quads.data[at + 5],
    };
  });
}

/** What the fragment shader makes of a point at `shape`: full, faded or nothing. */
const coverage = (shape: [number, number], edge: number) =>
  Math.min(1, Math.max(0, edge - Math.hypot(...shape)));

describe('the batch of highlighted marks for the WebGL mark layer', () => {
  it('lays a tie out as two triangles along it: one pixel wide, and half a pixel each side to fade over', () => {
    const batch = new MarkBatch();
    batch.addTie(10, 20, 110, 20, '#7fa7c9');
    const corners = vertices(batch.ties).map(({ x, y }) => [x, y]);
    expect(corners).toEqual([
      [10, 21],
      [10, 19],
      [110, 21],
      [110, 21],
      [10, 19],
      [110, 19],
    ]);
    // Across the tie, in half pixels: full up to half a pixel from its middle line, nothing at one.
    const [corner] = vertices(batch.ties);
    expect(corner.edge).toBe(2);
    expect(vertices(batch.ties).map(({ shape }) => shape[1])).toEqual([2, -2, 2, 2, -2, -2]);
    expect(coverage([0, 0], corner.edge)).toBe(1);
    expect(coverage([0, 1], corner.edge)).toBe(1);
    expect(coverage([0, 1.5], corner.edge)).toBe(0.5);
    expect(coverage([0, 2], corner.edge)).toBe(0);
    expect(batch.dots.vertices).toBe(0);
  });

  it('keeps the width one pixel across a slanted tie', () => {
    const batch = new MarkBatch();
    batch.addTie(0, 0, 30, 40, '#000000');
    const [first, second] = vertices(batch.ties);
    expect(Math.hypot(first.x - second.x, first.y - second.y)).toBeCloseTo(2, 6);
    // Across the tie: perpendicular to its direction (3, 4).
    expect((first.x - second.x) * 3 + (first.y - second.y) * 4).toBeCloseTo(0, 6);
  });

  it('lays a dot out as a square around it whose fragments fade over a pixel centred on the rim', () => {
    const batch = new MarkBatch();
    batch.addDot(50, 60, 4, '#1b9e77');
    const all = vertices(batch.dots);
    expect(all.map(({ x, y }) => [x, y])).toEqual([
      [45.5, 64.5],
      [45.5, 55.5],
      [54.5, 64.5],
      [54.5, 64.5],
      [45.5, 55.5],
      [54.5, 55.5],
    ]);
    for (const vertex of all) {
      expect(Math.abs(vertex.shape[0])).toBe(4.5);
      expect(vertex.edge).toBe(4.5);
    }
    expect(coverage([0, 0], 4.5)).toBe(1);
    expect(coverage([3.5, 0], 4.5)).toBe(1);
    expect(coverage([4, 0], 4.5)).toBe(0.5);
    expect(coverage([0, 4.5], 4.5)).toBe(0);
    // The square's corners lie outside the disc.
    expect(coverage(all[0].shape, all[0].edge)).toBe(0);
    expect(all[0].colour).toEqual([0x1b, 0x9e, 0x77, 254]);
  });

  it('draws a tiny actor at the smallest radius that still shows', () => {
    const batch = new MarkBatch();
    batch.addDot(0, 0, 0.2, '#000000');
    expect(vertices(batch.dots)[0].edge).toBe(SMALLEST_DOT_RADIUS + 0.5);
  });

  it('carries each mark’s colour as the bytes the shader reads, opacity included', () => {
    const batch = new MarkBatch();
    batch.addTie(0, 0, 5, 5, '#7fa7c9');
    batch.addTie(0, 0, 5, 5, 'rgba(10, 20, 30, 0.5)');
    const all = vertices(batch.ties);
    expect(all[0].colour).toEqual([0x7f, 0xa7, 0xc9, 254]);
    expect(all[6].colour).toEqual([10, 20, 30, 126]);
  });

  it('grows past its first buffer without losing a tie or a dot', () => {
    const batch = new MarkBatch();
    for (let i = 0; i < 2_242; i++) {
      batch.addTie(0, 0, i + 1, 100, '#c4c4c4');
      batch.addDot(i + 1, 100, 3, '#c4c4c4');
    }
    expect(batch.ties.vertices).toBe(2_242 * 6);
    expect(batch.dots.vertices).toBe(2_242 * 6);
    const lastTie = vertices(batch.ties).at(-1);
    expect(lastTie?.x).toBeCloseTo(2_242 + 100 / Math.hypot(2_242, 100), 3);
    const lastDot = vertices(batch.dots).at(-1);
    expect([lastDot?.x, lastDot?.y]).toEqual([2_242 + 3.5, 100 - 3.5]);
    // Every quad kept, those written as the buffer grew (the 257th, 513th, ...) included.
    const dots = vertices(batch.dots);
    for (let i = 0; i < 2_242; i++) expect(dots[i * 6].x, `dot ${i}`).toBe(i + 1 - 3.5);
    const ties = vertices(batch.ties);
    for (let i = 0; i < 2_242; i++) expect(ties[i * 6].edge, `tie ${i}`).toBe(2);
  });

  it('skips a tie of no length, and says when there is nothing to draw', () => {
    const batch = new MarkBatch();
    batch.addTie(4, 4, 4, 4, '#000000');
    expect(batch.ties.vertices).toBe(0);
    expect(batch.empty).toBe(true);
    batch.veiled = true;
    expect(batch.empty).toBe(false);
    batch.clear();
    expect(batch.empty).toBe(true);
    batch.addDot(4, 4, 2, '#000000');
    expect(batch.empty).toBe(false);
    batch.clear();
    expect(batch.empty).toBe(true);
  });
});
