/**
 * A ForceAtlas2 simulation that knows when it is done.
 *
 * The physics is graphology-layout-forceatlas2's own iteration over its flat matrices;
 * what this adds is a stopping rule. The library's worker runs until told to stop, which
 * leaves a laptop fan spinning on a layout that stopped changing long ago. Here the layout
 * is settled when the mean displacement per iteration, relative to the typical spacing of
 * nodes, stays below a threshold for a window of iterations.
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import removeOverlaps from 'graphology-layout-noverlap/iterate.js';
import { packComponents } from './pack.ts';

/** Values per node and per edge in the library's matrices (its PPN and PPE). */
const NODE_STRIDE = 10;
const EDGE_STRIDE = 3;

export interface LayoutInput {
  /** x0, y0, x1, y1, … */
  positions: Float32Array;
  sizes: Float32Array;
  /** source0, target0, source1, target1, … as node indices */
  edges: Int32Array;
  weights: Float32Array;
  /** Community per node (−1 for none): members are pulled towards their community's centre. */
  community?: Int32Array;
  /** 1 for actors the person pinned: the layout never moves them. */
  pinned?: Uint8Array;
}

export interface LayoutOptions {
  /** Mean displacement per iteration, as a share of the typical node spacing, below which nodes count as still. */
  settleThreshold: number;
  /** Iterations the layout must stay still before it is declared settled. */
  settleWindow: number;
  maxIterations: number;
  /**
   * Time the layout may take, from its first step: past it, the layout counts as settled where
   * it is. Large networks start from their communities' places (seed.ts), so the last stretch
   * of a long run changes little that anyone could see.
   */
  maxMilliseconds: number;
  /** Weight of the tie between an actor and its community's anchor (community gravity). */
  communityPull: number;
  /** Factor on the weight of ties between communities. */
  acrossCommunities: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  settleThreshold: 0.002,
  settleWindow: 25,
  maxIterations: 3000,
  maxMilliseconds: 45_000,
  communityPull: 2,
  acrossCommunities: 0.3,
};

/** Values per node in noverlap's matrix: x, y, size. */
const OVERLAP_STRIDE = 3;
/** Enough noverlap steps to part touching actors; it stops earlier when none overlap. */
const OVERLAP_ITERATIONS = 60;
/**
 * Time noverlap may take. Each step compares actors sharing a grid cell, so with the library's
 * 20 × 20 grid a step on 16,000 actors took 1.6 s (60 steps: 100 s, measured under load); a
 * grid of about one cell per actor and this budget keep it to a few seconds.
 */
const OVERLAP_MILLISECONDS = 4000;

export class ForceLayout {
  readonly nodeCount: number;
  iterations = 0;
  /** Last measured relative movement; see LayoutOptions.settleThreshold. */
  movement = Number.POSITIVE_INFINITY;
  private stillIterations = 0;
  private startedAt: number | null = null;
  private readonly nodeMatrix: Float32Array;
  private readonly edgeMatrix: Float32Array;
  private readonly settings: Record<string, number | boolean>;
  private readonly options: LayoutOptions;
  private readonly edges: Int32Array;
  private readonly pinned: Uint8Array | null;

  constructor(input: LayoutInput, options: Partial<LayoutOptions> = {}) {
    this.options = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
    const n = input.sizes.length;
    this.nodeCount = n;
    this.edges = input.edges;
    this.pinned = input.pinned ?? null;
    // Community gravity through ForceAtlas2's own attraction: one fixed anchor per community at
    // where the community started, tied to its members. Pulling nodes directly, outside the
    // library's adaptive speeds, made the layout oscillate instead of settle.
    const community = input.community ?? null;
    const anchors = communityAnchors(input.positions, community ?? new Int32Array(n).fill(-1));
    const rows = n + anchors.length;
    this.nodeMatrix = new Float32Array(rows * NODE_STRIDE);
    for (let i = 0; i < n; i++) {
      const row = i * NODE_STRIDE;
      this.nodeMatrix[row] = input.positions[2 * i];
      this.nodeMatrix[row + 1] = input.positions[2 * i + 1];
      this.nodeMatrix[row + 6] = 1; // mass: 1 + weighted degree, as the library computes it
      this.nodeMatrix[row + 7] = 1; // convergence
      this.nodeMatrix[row + 8] = input.sizes[i];
      this.nodeMatrix[row + 9] = input.pinned?.[i] ? 1 : 0; // fixed: FA2 leaves it where it is
    }
    anchors.forEach((anchor, k) => {
      const row = (n + k) * NODE_STRIDE;
      this.nodeMatrix[row] = anchor.x;
      this.nodeMatrix[row + 1] = anchor.y;
      this.nodeMatrix[row + 6] = 0; // no mass: an anchor attracts its members and repels nothing
      this.nodeMatrix[row + 7] = 1;
      this.nodeMatrix[row + 9] = 1;
    });
    const m = input.weights.length;
    const anchorTies = community ? anchors.reduce((sum, anchor) => sum + anchor.members, 0) : 0;
    this.edgeMatrix = new Float32Array((m + anchorTies) * EDGE_STRIDE);
    for (let e = 0; e < m; e++) {
      const source = input.edges[2 * e];
      const target = input.edges[2 * e + 1];
      // Ties across communities pull less, so communities stay groups rather than one ball.
      const across = community && community[source] !== community[target];
      const weight = input.weights[e] * (across ? this.options.acrossCommunities : 1);
      this.edgeMatrix[e * EDGE_STRIDE] = source * NODE_STRIDE;
      this.edgeMatrix[e * EDGE_STRIDE + 1] = target * NODE_STRIDE;
      this.edgeMatrix[e * EDGE_STRIDE + 2] = weight;
      this.nodeMatrix[source * NODE_STRIDE + 6] += weight;
      this.nodeMatrix[target * NODE_STRIDE + 6] += weight;
    }
    if (community) {
      let e = m;
      for (let i = 0; i < n; i++) {
        const k = anchors.findIndexOf(community[i]);
        if (k < 0) continue;
        this.edgeMatrix[e * EDGE_STRIDE] = i * NODE_STRIDE;
        this.edgeMatrix[e * EDGE_STRIDE + 1] = (n + k) * NODE_STRIDE;
        this.edgeMatrix[e * EDGE_STRIDE + 2] = this.options.communityPull;
        e++;
      }
    }
    // The library's inferred settings (strong gravity keeps small components in view).
    // LinLog attraction was tried: on the default sample it still moved after 3,000
    // iterations, while these settle in about 650 with regional groups as close together.
    this.settings = {
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      edgeWeightInfluence: 1,
      scalingRatio: 10,
      strongGravityMode: true,
      gravity: 0.05,
      slowDown: 1 + Math.log(Math.max(n, 1)),
      // Barnes–Hut pays off only on large graphs: at 1,000 nodes it was slower than exact forces.
      barnesHutOptimize: n > 2000,
      barnesHutTheta: 0.5,
    };
  }

  get settled(): boolean {
    return (
      this.nodeCount < 2 ||
      this.stillIterations >= this.options.settleWindow ||
      this.iterations >= this.options.maxIterations ||
      (this.startedAt !== null && performance.now() - this.startedAt >= this.options.maxMilliseconds)
    );
  }

  /** Lets a settled layout run again, for another full budget of iterations. */
  wake(): void {
    this.stillIterations = 0;
    this.startedAt = null;
    this.options.maxIterations = this.iterations + DEFAULT_LAYOUT_OPTIONS.maxIterations;
  }

  /** Runs one iteration and updates the movement measure. */
  step(): void {
    const n = this.nodeCount;
    if (n < 2) return;
    this.startedAt ??= performance.now();
    const before = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      before[2 * i] = this.nodeMatrix[i * NODE_STRIDE];
      before[2 * i + 1] = this.nodeMatrix[i * NODE_STRIDE + 1];
    }
    iterate(this.settings, this.nodeMatrix, this.edgeMatrix);
    this.iterations++;
    let displacement = 0;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const x = this.nodeMatrix[i * NODE_STRIDE];
      const y = this.nodeMatrix[i * NODE_STRIDE + 1];
      displacement += Math.hypot(x - before[2 * i], y - before[2 * i + 1]);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    // Typical spacing: the side of the square each node would own if spread evenly.
    const spacing = Math.sqrt(((maxX - minX) * (maxY - minY)) / n) || 1;
    this.movement = displacement / n / spacing;
    this.stillIterations = this.movement < this.options.settleThreshold ? this.stillIterations + 1 : 0;
  }

  /**
   * The finishing touches once settled: actors that overlap are moved apart (noverlap, with
   * sizes in layout units as they will be drawn at the start), then components are packed.
   */
  finish(): void {
    const n = this.nodeCount;
    if (n < 2) return;
    const positions = this.positions();
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, positions[2 * i]);
      maxX = Math.max(maxX, positions[2 * i]);
    }
    // Sigma fits the layout into about 1,000 px at first: a size in pixels is this many units.
    const unitsPerPixel = Math.max(maxX - minX, 1) / 1000;
    const matrix = new Float32Array(n * OVERLAP_STRIDE);
    for (let i = 0; i < n; i++) {
      matrix[i * OVERLAP_STRIDE] = positions[2 * i];
      matrix[i * OVERLAP_STRIDE + 1] = positions[2 * i + 1];
      matrix[i * OVERLAP_STRIDE + 2] = this.nodeMatrix[i * NODE_STRIDE + 8] * unitsPerPixel;
    }
    const gridSize = Math.min(256, Math.max(20, Math.round(Math.sqrt(n))));
    const options = { margin: 1.5 * unitsPerPixel, ratio: 1, expansion: 1.1, gridSize, speed: 3 };
    const started = performance.now();
    withSeededRandom(() => {
      for (let k = 0; k < OVERLAP_ITERATIONS; k++) {
        if (removeOverlaps(options, matrix).converged) break;
        if (performance.now() - started > OVERLAP_MILLISECONDS) break;
      }
    });
    for (let i = 0; i < n; i++) {
      if (this.pinned?.[i]) continue;
      positions[2 * i] = matrix[i * OVERLAP_STRIDE];
      positions[2 * i + 1] = matrix[i * OVERLAP_STRIDE + 1];
    }
    packComponents(positions, this.edges, this.pinned, 30 * unitsPerPixel);
    for (let i = 0; i < n; i++) {
      this.nodeMatrix[i * NODE_STRIDE] = positions[2 * i];
      this.nodeMatrix[i * NODE_STRIDE + 1] = positions[2 * i + 1];
    }
  }

  positions(): Float32Array {
    const out = new Float32Array(2 * this.nodeCount);
    for (let i = 0; i < this.nodeCount; i++) {
      out[2 * i] = this.nodeMatrix[i * NODE_STRIDE];
      out[2 * i + 1] = this.nodeMatrix[i * NODE_STRIDE + 1];
    }
    return out;
  }
}

/**
 * noverlap nudges exactly coinciding actors apart with Math.random; a fixed stream instead
 * keeps the layout the same for the same file, run after run.
 */
function withSeededRandom(run: () => void): void {
  const random = Math.random;
  let state = 0x9e3779b9;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    run();
  } finally {
    Math.random = random;
  }
}

interface Anchor {
  x: number;
  y: number;
  members: number;
}

/** One anchor per community at its members' centroid; `findIndexOf` maps a community code to its anchor. */
function communityAnchors(
  positions: Float32Array,
  community: Int32Array,
): Anchor[] & { findIndexOf(code: number): number } {
  const byCode = new Map<number, number>();
  const anchors: Anchor[] = [];
  community.forEach((code, i) => {
    if (code < 0) return;
    let k = byCode.get(code);
    if (k === undefined) {
      k = anchors.length;
      byCode.set(code, k);
      anchors.push({ x: 0, y: 0, members: 0 });
    }
    anchors[k].x += positions[2 * i];
    anchors[k].y += positions[2 * i + 1];
    anchors[k].members++;
  });
  for (const anchor of anchors) {
    anchor.x /= anchor.members;
    anchor.y /= anchor.members;
  }
  return Object.assign(anchors, { findIndexOf: (code: number) => byCode.get(code) ?? -1 });
}
