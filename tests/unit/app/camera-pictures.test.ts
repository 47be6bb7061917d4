import { describe, expect, it } from 'vitest';
import { fromTo } from '../../../src/app/canvas/camera-pictures.ts';
import type { Matrix } from '../../../src/app/map/view-transform.ts';

/** Where the canvas matrix `m` puts the point (x, y). */
const apply = (m: readonly number[], x: number, y: number) => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

describe('the move of a picture from one view to another', () => {
  const before: Matrix = [2, 0, 0, -2, 300, 200];
  it('is no move when the view has not changed', () => {
    const move = fromTo(before, before) ?? [];
    [1, 0, 0, 1, 0, 0].forEach((value, i) => {
      expect(move[i]).toBeCloseTo(value, 12);
    });
  });

  it('takes every point drawn through the old view to where the new view draws it (pan, zoom, turn)', () => {
    const angle = 0.3;
    const views: Matrix[] = [
      [2, 0, 0, -2, 340, 170],
      [5, 0, 0, -5, -120, 800],
      [3 * Math.cos(angle), 3 * Math.sin(angle), 3 * Math.sin(angle), -3 * Math.cos(angle), 10, 20],
    ];
    for (const after of views) {
      const move = fromTo(before, after) ?? [];
      for (const [x, y] of [
        [0, 0],
        [17.5, -3],
        [-250, 410],
      ]) {
        const [sx, sy] = apply(before, x, y);
        const [mx, my] = apply(move, sx, sy);
        const [ex, ey] = apply(after, x, y);
        expect(mx).toBeCloseTo(ex, 9);
        expect(my).toBeCloseTo(ey, 9);
      }
    }
  });

  it('is none when the old view cannot be undone', () => {
    expect(fromTo([0, 0, 0, 0, 1, 1], before)).toBeNull();
  });
});
