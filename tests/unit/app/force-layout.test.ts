import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../src/app/layout/force-layout.ts';

/** Two 12-node cliques joined by one tie, on a spiral start like the explorer's. */
function twoCliques() {
  const n = 24;
  const positions = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const radius = 10 * Math.sqrt(i + 0.5);
    positions[2 * i] = radius * Math.cos(i * 2.4);
    positions[2 * i + 1] = radius * Math.sin(i * 2.4);
  }
  const pairs: number[] = [];
  for (const offset of [0, 12]) {
    for (let a = 0; a < 12; a++) for (let b = a + 1; b < 12; b++) pairs.push(offset + a, offset + b);
  }
  pairs.push(0, 12);
  return {
    positions,
    sizes: new Float32Array(n).fill(4),
    edges: Int32Array.from(pairs),
    weights: new Float32Array(pairs.length / 2).fill(1),
  };
}

describe('ForceLayout', () => {
  it('settles by itself well before its iteration budget', () => {
    const layout = new ForceLayout(twoCliques(), { maxIterations: 5000 });
    while (!layout.settled) layout.step();
    expect(layout.iterations).toBeLessThan(5000);
    expect(layout.movement).toBeLessThan(0.002);
    expect([...layout.positions()].every(Number.isFinite)).toBe(true);
  });

  it('pulls the two cliques apart', () => {
    const layout = new ForceLayout(twoCliques());
    while (!layout.settled) layout.step();
    const p = layout.positions();
    const centre = (from: number) => {
      let x = 0;
      let y = 0;
      for (let i = from; i < from + 12; i++) {
        x += p[2 * i];
        y += p[2 * i + 1];
      }
      return [x / 12, y / 12];
    };
    const spread = (from: number, [cx, cy]: number[]) => {
      let sum = 0;
      for (let i = from; i < from + 12; i++) sum += Math.hypot(p[2 * i] - cx, p[2 * i + 1] - cy);
      return sum / 12;
    };
    const [a, b] = [centre(0), centre(12)];
    const gap = Math.hypot(a[0] - b[0], a[1] - b[1]);
    expect(gap).toBeGreaterThan(spread(0, a) + spread(12, b));
  });

  it('can run again after settling', () => {
    const layout = new ForceLayout(twoCliques());
    while (!layout.settled) layout.step();
    const iterations = layout.iterations;
    layout.wake();
    expect(layout.settled).toBe(false);
    layout.step();
    expect(layout.iterations).toBe(iterations + 1);
  });

  it('is settled at once with fewer than two nodes', () => {
    const layout = new ForceLayout({
      positions: new Float32Array(2),
      sizes: new Float32Array(1),
      edges: new Int32Array(0),
      weights: new Float32Array(0),
    });
    expect(layout.settled).toBe(true);
  });
});
