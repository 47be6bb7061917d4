/**
 * Borgatti and Everett's (1999) core/periphery models on the tie view (undirected, 0/1).
 *
 * Discrete: a partition into core and periphery whose ideal pattern — every pair inside the
 * core tied, no pair inside the periphery tied — correlates best with the observed ties. The
 * pairs between core and periphery are left out of the correlation (UCINET's default, "density
 * of core-to-periphery ties: missing") or, with `coreToPeriphery: 'tied'`, expected to be tied.
 *
 * The continuous model is minres-coreness.ts.
 */
import type { TieView } from '../model/views.ts';
import type { Progress } from './types.ts';
import { NO_PROGRESS } from './types.ts';

export type CoreToPeriphery = 'ignored' | 'tied';

/** Ties and pairs inside core and periphery: everything the discrete fit depends on. */
interface Counts {
  n: number;
  ties: number;
  coreSize: number;
  coreTies: number;
  peripheryTies: number;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

/**
 * Pearson correlation between the ties and the ideal pattern over the pairs that count, from
 * sums over unordered pairs (ordered pairs double every sum and leave the correlation as is).
 * NaN when either side has no variance.
 */
export function discreteFit(counts: Counts, pattern: CoreToPeriphery): number {
  const core = pairs(counts.coreSize);
  const periphery = pairs(counts.n - counts.coreSize);
  let cells: number;
  let tieCells: number;
  let idealCells: number;
  let both: number;
  if (pattern === 'ignored') {
    cells = core + periphery;
    tieCells = counts.coreTies + counts.peripheryTies;
    idealCells = core;
    both = counts.coreTies;
  } else {
    cells = pairs(counts.n);
    tieCells = counts.ties;
    idealCells = cells - periphery;
    both = counts.ties - counts.peripheryTies;
  }
  const covariance = cells * both - tieCells * idealCells;
  const varianceTies = cells * tieCells - tieCells * tieCells;
  const varianceIdeal = cells * idealCells - idealCells * idealCells;
  return varianceTies > 0 && varianceIdeal > 0
    ? covariance / Math.sqrt(varianceTies * varianceIdeal)
    : Number.NaN;
}

export interface CorePeriphery {
  /** 1 for core, 0 for periphery. */
  readonly core: Uint8Array;
  /** The correlation of the best partition found; NaN when no partition gives one. */
  readonly fit: number;
  readonly coreSize: number;
  /** Tie densities inside the core, inside the periphery and between them. */
  readonly coreDensity: number;
  readonly peripheryDensity: number;
  readonly betweenDensity: number;
}

/** Partners per actor in the tie view. */
export function degrees(tie: TieView): Int32Array {
  const degree = new Int32Array(tie.nodeCount);
  for (let v = 0; v < tie.nodeCount; v++) degree[v] = tie.offsets[v + 1] - tie.offsets[v];
  return degree;
}

/**
 * The discrete core: every degree threshold (core = actors with at least d partners, the
 * candidates UCINET and netUtils start from) is scored; from the best few, and from each of the
 * most connected actors alone (so that a small dense core can grow), the fit is raised by
 * moving single actors between core and periphery (sweeps in node order, each move taken when
 * it raises the fit) and, when no move helps, by the best exchange of a core and a periphery
 * actor (up to 4 million pairs), until neither raises it; the best end point is kept.
 * Deterministic.
 */
export function discreteCorePeriphery(
  tie: TieView,
  pattern: CoreToPeriphery = 'ignored',
  progress: Progress = NO_PROGRESS,
): CorePeriphery {
  const n = tie.nodeCount;
  const degree = degrees(tie);
  const starts = [...thresholdStarts(tie, degree, pattern), ...seedStarts(degree)];
  let best: { core: Uint8Array; fit: number } = { core: new Uint8Array(n), fit: Number.NaN };
  starts.forEach((start, index) => {
    progress.checkpoint();
    const climbed = climb(tie, degree, start, pattern);
    if (Number.isNaN(best.fit) || climbed.fit > best.fit + 1e-12) best = climbed;
    progress.report((index + 1) / starts.length);
  });
  return partitionSummary(tie, best.core, best.fit);
}

/**
 * Single actors as cores of their own: the most connected, from which a small dense core can
 * grow; 20 of them, or 5 on networks above 2,000 actors, where each climb costs more.
 */
function seedStarts(degree: Int32Array): Uint8Array[] {
  const n = degree.length;
  const seeds = n > 2000 ? 5 : 20;
  const order = Array.from({ length: n }, (_, v) => v)
    .filter((v) => degree[v] > 0)
    .sort((a, b) => degree[b] - degree[a] || a - b);
  return order.slice(0, seeds).map((v) => {
    const core = new Uint8Array(n);
    core[v] = 1;
    return core;
  });
}

/** Core × periphery pairs above which exchanges are not tried (each try scans them all). */
const SWAP_BUDGET = 4_000_000;

/** Start partitions: the best degree thresholds (at most STARTS), highest fit first. */
const STARTS = 5;

function thresholdStarts(tie: TieView, degree: Int32Array, pattern: CoreToPeriphery): Uint8Array[] {
  const n = tie.nodeCount;
  const order = Array.from({ length: n }, (_, v) => v).sort((a, b) => degree[b] - degree[a] || a - b);
  const inCore = new Uint8Array(n);
  const counts: Counts = { n, ties: tie.tieCount, coreSize: 0, coreTies: 0, peripheryTies: tie.tieCount };
  const scored: { size: number; fit: number }[] = [];
  for (let i = 0; i < n; i++) {
    const v = order[i];
    let toCore = 0;
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) if (inCore[tie.neighbours[k]]) toCore++;
    inCore[v] = 1;
    counts.coreSize++;
    counts.coreTies += toCore;
    counts.peripheryTies -= degree[v] - toCore;
    // A threshold cuts between distinct degrees only.
    if (i + 1 < n && degree[order[i + 1]] === degree[v]) continue;
    const fit = discreteFit(counts, pattern);
    if (!Number.isNaN(fit)) scored.push({ size: i + 1, fit });
  }
  scored.sort((a, b) => b.fit - a.fit || a.size - b.size);
  return scored.slice(0, STARTS).map(({ size }) => {
    const core = new Uint8Array(n);
    for (let i = 0; i < size; i++) core[order[i]] = 1;
    return core;
  });
}

function climb(tie: TieView, degree: Int32Array, start: Uint8Array, pattern: CoreToPeriphery) {
  const n = tie.nodeCount;
  const core = start.slice();
  const toCore = new Int32Array(n);
  const counts: Counts = { n, ties: tie.tieCount, coreSize: 0, coreTies: 0, peripheryTies: 0 };
  for (let v = 0; v < n; v++) {
    if (core[v]) counts.coreSize++;
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) if (core[tie.neighbours[k]]) toCore[v]++;
  }
  for (let v = 0; v < n; v++) {
    if (core[v]) counts.coreTies += toCore[v];
    else counts.peripheryTies += degree[v] - toCore[v];
  }
  counts.coreTies /= 2;
  counts.peripheryTies /= 2;
  let fit = discreteFit(counts, pattern);
  const trial: Counts = { ...counts };
  const flip = (v: number) => {
    applyMove(counts, counts, core[v] === 1, toCore[v], degree[v]);
    core[v] ^= 1;
    const delta = core[v] ? 1 : -1;
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) toCore[tie.neighbours[k]] += delta;
  };
  const improves = (candidate: number, best: number) =>
    candidate > best + 1e-12 || (Number.isNaN(best) && !Number.isNaN(candidate));
  const marked = new Uint8Array(n);
  const swapsAffordable = () => counts.coreSize * (n - counts.coreSize) <= SWAP_BUDGET;
  for (let round = 0; round < 4 * n + 4; round++) {
    // Sweeps of single moves, each actor in turn moved when that raises the fit, until a sweep
    // moves none: O(n + m) a sweep, where picking the best move each time would be O(n²).
    let moved = true;
    while (moved) {
      moved = false;
      for (let v = 0; v < n; v++) {
        applyMove(trial, counts, core[v] === 1, toCore[v], degree[v]);
        const candidate = discreteFit(trial, pattern);
        if (improves(candidate, fit)) {
          flip(v);
          fit = candidate;
          moved = true;
        }
      }
    }
    if (!swapsAffordable()) break;
    // Then the best exchange of a core actor c with a periphery actor p (sizes kept), if any helps.
    let bestFit = fit;
    let bestPair: [number, number] | null = null;
    for (let c = 0; c < n; c++) {
      if (!core[c]) continue;
      for (let k = tie.offsets[c]; k < tie.offsets[c + 1]; k++) marked[tie.neighbours[k]] = 1;
      for (let p = 0; p < n; p++) {
        if (core[p]) continue;
        const link = marked[p];
        trial.coreTies = counts.coreTies - toCore[c] + toCore[p] - link;
        trial.peripheryTies = counts.peripheryTies - (degree[p] - toCore[p]) + (degree[c] - toCore[c] - link);
        trial.coreSize = counts.coreSize;
        const candidate = discreteFit(trial, pattern);
        if (improves(candidate, bestFit)) {
          bestFit = candidate;
          bestPair = [c, p];
        }
      }
      for (let k = tie.offsets[c]; k < tie.offsets[c + 1]; k++) marked[tie.neighbours[k]] = 0;
    }
    if (!bestPair) break;
    flip(bestPair[0]);
    flip(bestPair[1]);
    fit = bestFit;
  }
  return { core, fit };
}

/** The counts after moving one actor (with `toCore` core partners) to the other side. */
function applyMove(target: Counts, from: Counts, isCore: boolean, toCore: number, degree: number): void {
  target.n = from.n;
  target.ties = from.ties;
  if (isCore) {
    target.coreSize = from.coreSize - 1;
    target.coreTies = from.coreTies - toCore;
    target.peripheryTies = from.peripheryTies + degree - toCore;
  } else {
    target.coreSize = from.coreSize + 1;
    target.coreTies = from.coreTies + toCore;
    target.peripheryTies = from.peripheryTies - (degree - toCore);
  }
}

function partitionSummary(tie: TieView, core: Uint8Array, fit: number): CorePeriphery {
  const n = tie.nodeCount;
  let coreSize = 0;
  let coreTies = 0;
  let peripheryTies = 0;
  for (let u = 0; u < n; u++) {
    if (core[u]) coreSize++;
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      if (v < u) continue;
      if (core[u] && core[v]) coreTies++;
      else if (!core[u] && !core[v]) peripheryTies++;
    }
  }
  const periphery = n - coreSize;
  const density = (ties: number, possible: number) => (possible > 0 ? ties / possible : Number.NaN);
  return {
    core,
    fit,
    coreSize,
    coreDensity: density(coreTies, pairs(coreSize)),
    peripheryDensity: density(peripheryTies, pairs(periphery)),
    betweenDensity: density(tie.tieCount - coreTies - peripheryTies, coreSize * periphery),
  };
}
