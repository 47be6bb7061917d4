/**
 * Gould–Fernandez brokerage on the flow view, as R sna::brokerage: raw role counts per
 * broker, and sna's expected values and standard deviations under a random graph of the
 * same density with the same group sizes, at node and at graph level.
 */
import type { FlowView } from '../model/views.ts';
import {
  brokerageCountsFor,
  COORDINATOR,
  GATEKEEPER,
  ITINERANT,
  LIAISON,
  REPRESENTATIVE,
  rankedSkeleton,
  TOTAL,
} from './brokerage-counts.ts';
import type { Grouping } from './groups.ts';

/** Role order of sna's columns w_I, w_O, b_IO, b_OI, b_O, t. */
/**
 * Two-sided 5% significance: a z-score above this is unlikely under chance. The one threshold the
 * Brokers view, its table and the Gatekeepers way of looking all count significance by.
 */
export const SIGNIFICANT_Z = 1.96;

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
  'brokerage_total',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export interface Brokerage {
  /** Raw counts per role (index as BROKERAGE_ROLES), one column per role. */
  readonly raw: readonly Float64Array[];
  /** sna's z.nli per role: (raw − expected) / sd, NaN where sd is 0 or undefined. */
  readonly z: readonly Float64Array[];
  /** sna's raw.gli, exp.gli, sd.gli and z.gli per role. */
  readonly graphRaw: readonly number[];
  readonly graphExpected: readonly number[];
  readonly graphSd: readonly number[];
}

/** Counts each open two-path a → v → b (a ≠ b, no arc a → b) once, for broker v, in one role. */
export function brokerageCounts(flow: FlowView, group: Int32Array): Float64Array[] {
  let groupCount = 0;
  for (const g of group) groupCount = Math.max(groupCount, g + 1);
  const all = new Int32Array(flow.nodeCount);
  for (let v = 0; v < all.length; v++) all[v] = v;
  const counts = brokerageCountsFor(flow, rankedSkeleton(flow), group, groupCount, all);
  return roleColumns(counts, flow.nodeCount);
}

/** The role-major count array as one column per role. */
export function roleColumns(counts: Float64Array, n: number): Float64Array[] {
  return BROKERAGE_ROLES.map((_, role) => counts.subarray(role * n, (role + 1) * n));
}

const pairs = (k: number) => (k * (k - 1)) / 2;

export function gouldFernandez(flow: FlowView, grouping: Grouping): Brokerage {
  return brokerageFromCounts(flow, grouping, brokerageCounts(flow, grouping.codes));
}

/** sna's expectations, standard deviations and z-scores around raw counts (one column per role). */
export function brokerageFromCounts(flow: FlowView, grouping: Grouping, raw: Float64Array[]): Brokerage {
  const n = flow.nodeCount;
  const N = n;
  const d = flow.arcCount / (N * (N - 1));
  const c1 = d * d * (1 - d);
  const c3 = d ** 3 * (1 - d) ** 3;
  const c4 = d ** 4 * (1 - d) ** 2;
  const c5 = d ** 5 * (1 - d);
  const sizes = Array.from(grouping.sizes);
  let S1 = 0;
  let S2 = 0;
  let S3 = 0;
  for (const x of sizes) {
    S1 += x;
    S2 += x * x;
    S3 += x * x * x;
  }

  // Node level: expectations and variances depend only on the broker's group.
  const groupExpected = sizes.map(() => new Float64Array(6));
  const groupVariance = sizes.map(() => new Float64Array(6));
  sizes.forEach((x, g) => {
    const O1 = S1 - x;
    const O2 = S2 - x * x;
    const O3 = S3 - x * x * x;
    const e = groupExpected[g];
    const v = groupVariance[g];
    e[COORDINATOR] = c1 * (x - 1) * (x - 2);
    v[COORDINATOR] = e[COORDINATOR] * (1 - c1) + 2 * (x - 1) * (x - 2) * (x - 3) * c3;
    e[ITINERANT] = c1 * (O2 - O1);
    v[ITINERANT] = e[ITINERANT] * (1 - c1) + 2 * (O3 - 3 * O2 + 2 * O1) * c3;
    e[REPRESENTATIVE] = c1 * (N - x) * (x - 1);
    v[REPRESENTATIVE] =
      e[REPRESENTATIVE] * (1 - c1) + 2 * ((x - 1) * pairs(N - x) + (N - x) * pairs(x - 1)) * c3;
    e[GATEKEEPER] = e[REPRESENTATIVE];
    v[GATEKEEPER] = v[REPRESENTATIVE];
    e[LIAISON] = c1 * (O1 * O1 - O2);
    let liaisonTriples = 0;
    sizes.forEach((y, h) => {
      if (h !== g) liaisonTriples += y * pairs(N - y - x);
    });
    v[LIAISON] = e[LIAISON] * (1 - c1) + 4 * liaisonTriples * c3;
    e[TOTAL] = c1 * (N - 1) * (N - 2);
    v[TOTAL] = e[TOTAL] * (1 - c1) + 2 * (N - 1) * (N - 2) * (N - 3) * c3;
  });
  const z = BROKERAGE_ROLES.map((_, role) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const g = grouping.codes[i];
      const sd = Math.sqrt(groupVariance[g][role]);
      column[i] = sd > 0 ? (raw[role][i] - groupExpected[g][role]) / sd : Number.NaN;
    }
    return column;
  });

  const graphRaw = raw.map((column) => column.reduce((sum, value) => sum + value, 0));
  const { expected: graphExpected, variance } = graphLevelMoments(sizes, N, { c1, c3, c4, c5 }, S1, S2);
  return { raw, z, graphRaw, graphExpected, graphSd: variance.map(Math.sqrt) };
}

/**
 * sna's exp.gli and the variances behind sd.gli. sna sums the liaison and itinerant terms
 * over pairs and triples of groups; the same sums are written here with power sums of the
 * group sizes, so the cost is linear in the number of groups.
 */
function graphLevelMoments(
  sizes: number[],
  N: number,
  { c1, c3, c4, c5 }: { c1: number; c3: number; c4: number; c5: number },
  S1: number,
  S2: number,
) {
  const expected = new Array<number>(6).fill(0);
  const variance = new Array<number>(6).fill(0);
  let coordinatorTerms = 0;
  let itinerantPairTerms = 0;
  let representativeTerms = 0;
  let liaisonTriples = 0;
  let S3 = 0;
  for (const x of sizes) S3 += x ** 3;
  for (const x of sizes) {
    const triples = x * (x - 1) * (x - 2);
    expected[COORDINATOR] += triples;
    coordinatorTerms += triples * ((4 * x - 10) * c3 - 4 * (x - 3) * c4 + (x - 3) * c5);
    const crossing = x * (N - x) * (x - 1);
    expected[ITINERANT] += crossing;
    // sna sums x·y·(x − 1)((2x + 2y − 6)c3 + (N − x − 1)c5) over every pair of groups (x, y) and
    // takes away the terms with y = x; summing over the other groups only is the same sum
    // without the cancellation, which left −1e-17 (and an empty sd) where sna gives 0.
    const otherSizes = S1 - x;
    const otherSquares = S2 - x * x;
    itinerantPairTerms +=
      x * (x - 1) * (c3 * ((2 * x - 6) * otherSizes + 2 * otherSquares) + c5 * (N - x - 1) * otherSizes);
    representativeTerms += crossing * ((N - 3) * c3 + (x - 2) * c5);
    // Σ over ordered pairs (i, k) of other groups, i ≠ k, of n_i n_k times sna's liaison term for middle group x.
    const O1 = S1 - x;
    const O2 = S2 - x * x;
    const O3 = S3 - x ** 3;
    const P = O1 * O1 - O2;
    const Q = O2 * O1 - O3;
    liaisonTriples +=
      x *
      (c3 * ((4 * (N - x) - 2) * P - 4 * Q) -
        c4 * ((4 * N - 2 * x - 2) * P - 6 * Q) +
        c5 * ((N - 1) * P - 2 * Q));
  }
  let liaisonPairs = N * S1 * S1 - 2 * S1 * S2;
  for (const x of sizes) liaisonPairs -= x * x * (N - 2 * x);
  expected[COORDINATOR] *= c1;
  expected[ITINERANT] *= c1;
  expected[REPRESENTATIVE] = expected[ITINERANT];
  expected[GATEKEEPER] = expected[ITINERANT];
  expected[LIAISON] = c1 * liaisonPairs;
  expected[TOTAL] = c1 * N * (N - 1) * (N - 2);
  variance[COORDINATOR] = expected[COORDINATOR] * (1 - c1) + coordinatorTerms;
  variance[ITINERANT] = expected[ITINERANT] * (1 - c1) + itinerantPairTerms;
  variance[REPRESENTATIVE] = expected[REPRESENTATIVE] * (1 - c1) + representativeTerms;
  variance[GATEKEEPER] = variance[REPRESENTATIVE];
  variance[LIAISON] = expected[LIAISON] * (1 - c1) + liaisonTriples;
  variance[TOTAL] =
    expected[TOTAL] * (1 - c1) +
    N * (N - 1) * (N - 2) * ((4 * N - 10) * c3 - 4 * (N - 3) * c4 + (N - 3) * c5);
  return { expected, variance };
}
