/**
 * Burt's structural holes: constraint, effective size, efficiency and hierarchy, on the tie
 * view, as networkx.constraint and networkx.effective_size (unweighted unless `weighted`).
 * With proportional tie strength p_ij = a_ij / Σ_q a_iq (1/k_i unweighted):
 *   constraint C_i = Σ_j c_ij, c_ij = (p_ij + Σ_q p_iq p_qj)²;
 *   effective size = Σ_j (1 − Σ_q p_iq m_jq), m_jq = a_jq / max_x a_jx;
 *   hierarchy = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i / N).
 */
import { slotIn, type TieView } from '../../model/views.ts';
import { defineMeasure } from '../types.ts';

export interface StructuralHoles {
  readonly constraint: Float64Array;
  readonly effectiveSize: Float64Array;
  readonly efficiency: Float64Array;
  readonly hierarchy: Float64Array;
}

const remembered = new WeakMap<TieView, Map<boolean, StructuralHoles>>();

/**
 * The structural holes of a tie view, computed once per view and weighting: the community
 * summaries name each community's brokers by constraint, and computing it a second time cost
 * 2.8 s on Horizon 2020. The arrays are shared, so they are read, never changed or handed to
 * another thread (the measure returns copies).
 */
export function structuralHolesOf(tie: TieView, weighted = false): StructuralHoles {
  let byWeighting = remembered.get(tie);
  if (!byWeighting) {
    byWeighting = new Map();
    remembered.set(tie, byWeighting);
  }
  let result = byWeighting.get(weighted);
  if (!result) {
    result = structuralHoles(tie, weighted);
    byWeighting.set(weighted, result);
  }
  return result;
}

export function structuralHoles(tie: TieView, weighted = false): StructuralHoles {
  const result = emptyHoles(tie.nodeCount);
  const measureEgo = egoCalculator(tie, weighted, result);
  for (let i = 0; i < tie.nodeCount; i++) measureEgo(i);
  return result;
}

/**
 * The constraint of the actors asked about, each computed when first asked for (unweighted, as
 * the community summaries name their brokers) and read from the whole view's figures where
 * those were computed already. The same per-actor code as `structuralHoles`, so the same values
 * to the last bit.
 */
export function constraintOnDemand(tie: TieView): (v: number) => number {
  const known = remembered.get(tie)?.get(false);
  if (known) return (v) => known.constraint[v];
  const result = emptyHoles(tie.nodeCount);
  const measureEgo = egoCalculator(tie, false, result);
  // Not yet measured while NaN (an isolate stays NaN, and measuring it again costs nothing).
  return (v) => {
    if (Number.isNaN(result.constraint[v])) measureEgo(v);
    return result.constraint[v];
  };
}

function emptyHoles(n: number): StructuralHoles {
  return {
    constraint: new Float64Array(n).fill(Number.NaN),
    effectiveSize: new Float64Array(n).fill(Number.NaN),
    efficiency: new Float64Array(n).fill(Number.NaN),
    hierarchy: new Float64Array(n).fill(Number.NaN),
  };
}

/** What measuring one ego needs, prepared once per view: `measureEgo(i)` writes i's figures. */
function egoCalculator(tie: TieView, weighted: boolean, result: StructuralHoles): (i: number) => void {
  const n = tie.nodeCount;
  const { offsets, neighbours, strengths } = tie;
  const { constraint, effectiveSize, efficiency, hierarchy } = result;
  const tieWeight = (k: number) => (weighted ? strengths[k] : 1);
  // Σ and max of each actor's tie weights, the denominators of p and m.
  const weightSum = new Float64Array(n);
  const weightMax = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      weightSum[v] += tieWeight(k);
      weightMax[v] = Math.max(weightMax[v], tieWeight(k));
    }
  }
  // Per ego: p_iq of each partner q (dense, valid where mark[q] === ego + 1), and per partner j
  // the indirect investment Σ_q p_iq p_qj and the redundancy Σ_q p_iq m_jq.
  const mark = new Int32Array(n);
  const proportion = new Float64Array(n);
  const indirect = new Float64Array(n);
  const redundancy = new Float64Array(n);
  const local = new Float64Array(n);

  return (i) => {
    const start = offsets[i];
    const end = offsets[i + 1];
    const alters = end - start;
    if (alters === 0) return;
    for (let k = start; k < end; k++) {
      const q = neighbours[k];
      mark[q] = i + 1;
      proportion[q] = tieWeight(k) / weightSum[i];
      indirect[q] = 0;
      redundancy[q] = 0;
    }
    for (let k = start; k < end; k++) {
      const q = neighbours[k];
      const piq = proportion[q];
      const qStart = offsets[q];
      const qEnd = offsets[q + 1];
      if (qEnd - qStart <= HUB_FACTOR * alters) {
        for (let h = qStart; h < qEnd; h++) {
          const j = neighbours[h];
          if (mark[j] !== i + 1) continue;
          // q and j are both partners of i and tied to each other.
          indirect[j] += piq * (tieWeight(h) / weightSum[q]);
          redundancy[j] += piq * (tieWeight(h) / weightMax[j]);
        }
        continue;
      }
      // q is a hub next to i: look i's partners up in q's sorted row instead of scanning it.
      // Each j still gets one term per q, in the same order of q, so the sums are the same.
      for (let kk = start; kk < end; kk++) {
        const j = neighbours[kk];
        const h = slotIn(neighbours, qStart, qEnd, j);
        if (h < 0) continue;
        indirect[j] += piq * (tieWeight(h) / weightSum[q]);
        redundancy[j] += piq * (tieWeight(h) / weightMax[j]);
      }
    }
    let total = 0;
    let effective = 0;
    for (let k = start; k < end; k++) {
      const j = neighbours[k];
      const direct = proportion[j] + indirect[j];
      local[j] = direct * direct;
      total += local[j];
      effective += 1 - redundancy[j];
    }
    constraint[i] = total;
    effectiveSize[i] = effective;
    efficiency[i] = effective / alters;
    if (alters >= 2 && total > 0) {
      let sum = 0;
      for (let k = start; k < end; k++) {
        const ratio = local[neighbours[k]] / (total / alters);
        sum += ratio * Math.log(ratio);
      }
      hierarchy[i] = sum / (alters * Math.log(alters));
    }
  };
}

/** Above this many times the ego's alters, a partner's row is searched rather than scanned. */
const HUB_FACTOR = 16;

export const structuralHolesMeasure = defineMeasure({
  id: 'structural-holes',
  label: 'Structural holes (Burt)',
  family: 'structural-holes',
  method:
    'Burt (1992) on the tie view. Proportional tie strength p_ij = a_ij / Σ_q a_iq, with a = 1 for every tie unless ' +
    'option weighted (then a = tie strength, as NetworkX with weight=). Constraint C_i = Σ_j (p_ij + Σ_q p_iq p_qj)², ' +
    'as networkx.constraint; low constraint marks a broker. Effective size Σ_j (1 − Σ_q p_iq m_jq) with m_jq = a_jq / ' +
    'max_x a_jx, as networkx.effective_size (unweighted this is Borgatti’s N − 2T/N; weighted it follows NetworkX’s ' +
    'per-node redundancy formula, effective_size(G, nodes, weight=), which NetworkX 3.6’s vectorised default path ' +
    'departs from by dividing by the wrong actor’s largest tie). Efficiency = effective size / ' +
    'N, N the number of alters. Hierarchy = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i/N), empty when N < 2. All ' +
    'four are empty for isolates.',
  outputs: [
    { id: 'constraint', label: 'Constraint' },
    { id: 'effective_size', label: 'Effective size' },
    { id: 'efficiency', label: 'Efficiency' },
    { id: 'hierarchy', label: 'Hierarchy' },
  ],
  options: { weighted: { type: 'boolean', label: 'Weight by tie strength', default: false } },
  compute({ tie }, options) {
    const result = structuralHolesOf(tie, Boolean(options.weighted));
    return {
      columns: {
        constraint: result.constraint.slice(),
        effective_size: result.effectiveSize.slice(),
        efficiency: result.efficiency.slice(),
        hierarchy: result.hierarchy.slice(),
      },
    };
  },
});
