import { describe, expect, it } from 'vitest';
import { TieBatch } from '../../../src/app/canvas/tie-layer.ts';

/** The batch's vertices as [x, y, r, g, b, a, across], the colour read back as the GPU reads it. */
function vertices(batch: TieBatch): number[][] {
  const bytes = new Uint8Array(batch.data.buffer);
  return Array.from({ length: batch.vertices }, (_, i) => [
    batch.data[i * 4],
    batch.data[i * 4 + 1],
    ...bytes.subarray(i * 16 + 8, i * 16 + 12),
    batch.data[i * 4 + 3],
  ]);
}

describe('the batch of highlighted ties for the WebGL tie layer', () => {
  it('lays a tie out as two triangles along it: one pixel wide, and half a pixel each side to fade over', () => {
    const batch = new TieBatch();
    batch.add(10, 20, 110, 20, '#7fa7c9');
    const corners = vertices(batch).map(([x, y]) => [x, y]);
    expect(corners).toEqual([
      [10, 21],
      [10, 19],
      [110, 21],
      [110, 21],
      [10, 19],
      [110, 19],
    ]);
    // The distance across the tie each corner carries, from which the shader fades it out.
    expect(vertices(batch).map((vertex) => vertex[6])).toEqual([1, -1, 1, 1, -1, -1]);
  });

  it('keeps the width one pixel across a slanted tie', () => {
    const batch = new TieBatch();
    batch.add(0, 0, 30, 40, '#000000');
    const [first, second] = vertices(batch);
    expect(Math.hypot(first[0] - second[0], first[1] - second[1])).toBeCloseTo(2, 6);
    // Across the tie: perpendicular to its direction (3, 4).
    expect((first[0] - second[0]) * 3 + (first[1] - second[1]) * 4).toBeCloseTo(0, 6);
  });

  it('carries each tie’s colour as the bytes the shader reads, opacity included', () => {
    const batch = new TieBatch();
    batch.add(0, 0, 5, 5, '#7fa7c9');
    batch.add(0, 0, 5, 5, 'rgba(10, 20, 30, 0.5)');
    const all = vertices(batch);
    expect(all[0].slice(2, 6)).toEqual([0x7f, 0xa7, 0xc9, 254]);
    expect(all[6].slice(2, 6)).toEqual([10, 20, 30, 126]);
  });

  it('grows past its first buffer without losing a tie', () => {
    const batch = new TieBatch();
    for (let i = 0; i < 2_242; i++) batch.add(0, 0, i + 1, 100, '#c4c4c4');
    expect(batch.vertices).toBe(2_242 * 6);
    const last = vertices(batch).at(-1) ?? [];
    expect(last[0]).toBeCloseTo(2_242 + 100 / Math.hypot(2_242, 100), 3);
  });

  it('skips a tie of no length, and says when there is nothing to draw', () => {
    const batch = new TieBatch();
    batch.add(4, 4, 4, 4, '#000000');
    expect(batch.vertices).toBe(0);
    expect(batch.empty).toBe(true);
    batch.veiled = true;
    expect(batch.empty).toBe(false);
    batch.clear();
    expect(batch.empty).toBe(true);
  });
});
