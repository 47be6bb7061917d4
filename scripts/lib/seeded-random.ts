/**
 * Seeded pseudo-random numbers for data-generating scripts. The same seed gives the same
 * sequence on every machine, so generated sample networks and fixtures are reproducible byte
 * for byte. The core is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, public
 * domain), seeded through splitmix32 so that neighbouring seeds give unrelated streams.
 * Not for cryptography.
 */

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  integer(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, drawn with probability proportional to its weight (weights ≥ 0, not all 0). */
  weightedPick<T>(items: readonly T[], weightOf: (item: T, index: number) => number): T;
  /** Normal deviate by the Box–Muller transform. */
  normal(mean?: number, standardDeviation?: number): number;
  /** A shuffled copy (Fisher–Yates); the input is left as it is. */
  shuffle<T>(items: readonly T[]): T[];
  /**
   * An independent generator derived from this one's seed and a label, not from its current
   * state: a script can add draws to one stage without shifting the numbers of another.
   */
  fork(label: string): SeededRandom;
}

const TWO_TO_THE_32 = 4294967296;

export function createSeededRandom(seed: number): SeededRandom {
  const seedWord = Math.trunc(seed) >>> 0;
  const next = sfc32FromSeed(seedWord);
  // Box–Muller yields two deviates per pair of uniforms; the second waits here for the next call.
  let spareNormal: number | undefined;

  const random: SeededRandom = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    integer(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new RangeError(`integer(${min}, ${max}): bounds must be integers with min ≤ max`);
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    chance: (probability) => next() < probability,
    pick(items) {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weightedPick(items, weightOf) {
      const weights = items.map(weightOf);
      let total = 0;
      for (const weight of weights) {
        if (!(weight >= 0) || !Number.isFinite(weight))
          throw new RangeError(`weightedPick(): bad weight ${weight}`);
        total += weight;
      }
      if (!(total > 0)) throw new RangeError('weightedPick() needs at least one positive weight');
      let remaining = next() * total;
      let lastPositive = -1;
      for (let index = 0; index < items.length; index++) {
        if (weights[index] === 0) continue;
        lastPositive = index;
        remaining -= weights[index];
        if (remaining < 0) return items[index];
      }
      // Rounding can leave a sliver of the total unclaimed; it belongs to the last candidate.
      return items[lastPositive];
    },
    normal(mean = 0, standardDeviation = 1) {
      if (spareNormal !== undefined) {
        const deviate = spareNormal;
        spareNormal = undefined;
        return mean + standardDeviation * deviate;
      }
      const u1 = 1 - next(); // in (0, 1], so the logarithm stays finite
      const u2 = next();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spareNormal = radius * Math.sin(2 * Math.PI * u2);
      return mean + standardDeviation * radius * Math.cos(2 * Math.PI * u2);
    },
    shuffle(items) {
      const copy = items.slice();
      for (let index = copy.length - 1; index > 0; index--) {
        const other = Math.floor(next() * (index + 1));
        const swap = copy[index];
        copy[index] = copy[other];
        copy[other] = swap;
      }
      return copy;
    },
    fork: (label) => createSeededRandom(fnv1a(label, seedWord)),
  };
  return random;
}

function sfc32FromSeed(seed: number): () => number {
  const seedStream = splitmix32(seed);
  let a = seedStream();
  let b = seedStream();
  let c = seedStream();
  let counter = seedStream();
  const step = () => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / TWO_TO_THE_32;
  };
  // The first outputs still echo the seed words; the author recommends discarding a few.
  for (let warmUp = 0; warmUp < 15; warmUp++) step();
  return step;
}

function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over the UTF-16 code units of a label, starting from a seed-dependent basis. */
function fnv1a(label: string, basis: number): number {
  let hash = (0x811c9dc5 ^ basis) >>> 0;
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
