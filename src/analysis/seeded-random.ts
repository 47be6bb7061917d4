/**
 * A small seeded pseudo-random generator (mulberry32) and the sampling helpers built on it.
 * Measures that draw at random (Louvain's node order, betweenness pivots, link hold-outs)
 * take a seed so that the same input and seed always give the same result.
 */

export type Random = () => number;

/** Uniform numbers in [0, 1) from a 32-bit seed: mulberry32 (Tommy Ettinger, public domain). */
export function seededRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomInteger(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace<T extends { [index: number]: number; length: number }>(
  values: T,
  random: Random,
): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInteger(random, i + 1);
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
  return values;
}

/** `count` distinct integers of [0, bound), drawn without replacement, returned in increasing order. */
export function sampleWithoutReplacement(bound: number, count: number, random: Random): Int32Array {
  const k = Math.max(0, Math.min(bound, Math.trunc(count)));
  const pool = new Int32Array(bound);
  for (let i = 0; i < bound; i++) pool[i] = i;
  // A partial Fisher–Yates shuffle: only the first k slots are drawn.
  for (let i = 0; i < k; i++) {
    const j = i + randomInteger(random, bound - i);
    const swap = pool[i];
    pool[i] = pool[j];
    pool[j] = swap;
  }
  return pool.slice(0, k).sort();
}
