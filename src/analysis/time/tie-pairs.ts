/**
 * The views of an active set over the whole network's node index: the tie view (pairs of actors
 * joined by an active relation, any direction, counted once, strengths summed), the flow view
 * (directed relations keep their direction, mutual ones give arcs both ways) and the relation
 * kinds per tie — the same definitions as model/views.ts and analysis/input.ts, for the relations
 * of one window. Actors that are not active are simply without ties, so columns of different
 * windows line up actor by actor. Built from the time index's typed arrays: no graphology graph
 * per window. Measures that count over all actors (means, normalisations) must run on the
 * snapshot itself instead.
 */
import type { TimeIndex } from '../../model/time.ts';
import { type FlowView, type TieView, tieSlot } from '../../model/views.ts';
import { relationKindBit } from '../input.ts';
import type { ActorTable, AnalysisInput } from '../types.ts';

/** Ties as sorted pair codes u·n + v (u < v) with their strengths. */
export interface TiePairs {
  readonly nodeCount: number;
  readonly codes: Float64Array;
  readonly strengths: Float64Array;
}

/** Active relations (mask in edge order), optionally only those `keep` accepts, as ties. */
export function tiePairs(
  index: TimeIndex,
  relations: Uint8Array,
  keep?: (edge: number) => boolean,
): TiePairs {
  const n = index.actorKeys.length;
  const strengthByCode = new Map<number, number>();
  for (let e = 0; e < relations.length; e++) {
    if (!relations[e] || (keep && !keep(e))) continue;
    const s = index.relationSource[e];
    const t = index.relationTarget[e];
    const code = s < t ? s * n + t : t * n + s;
    strengthByCode.set(code, (strengthByCode.get(code) ?? 0) + index.relationAttributes[e].strength);
  }
  const codes = Float64Array.from(strengthByCode.keys()).sort();
  const strengths = Float64Array.from(codes, (code) => strengthByCode.get(code) as number);
  return { nodeCount: n, codes, strengths };
}

export function pairEnds(pairs: TiePairs, k: number): [number, number] {
  const code = pairs.codes[k];
  const u = Math.floor(code / pairs.nodeCount);
  return [u, code - u * pairs.nodeCount];
}

/**
 * The pairs as a TieView over all actors. Pairs come sorted by (u, v), so each row fills in
 * ascending order: row x first receives its partners w < x (from pairs (w, x)), then y > x.
 */
export function tieViewOf(index: TimeIndex, pairs: TiePairs): TieView {
  const n = pairs.nodeCount;
  const m = pairs.codes.length;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const [u, v] = pairEnds(pairs, k);
    offsets[u + 1]++;
    offsets[v + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const strengths = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    const [u, v] = pairEnds(pairs, k);
    neighbours[fill[u]] = v;
    strengths[fill[u]++] = pairs.strengths[k];
    neighbours[fill[v]] = u;
    strengths[fill[v]++] = pairs.strengths[k];
  }
  return { ids: index.actorKeys, nodeCount: n, tieCount: m, offsets, neighbours, strengths };
}

/** Tie view, flow view and tie kinds of the active relations (and those `keep` accepts), over all actors. */
export function windowInput(
  index: TimeIndex,
  relations: Uint8Array,
  actors: ActorTable,
  keep?: (edge: number) => boolean,
): AnalysisInput {
  const active = (e: number) => relations[e] === 1 && (!keep || keep(e));
  const tie = tieViewOf(index, tiePairs(index, relations, keep));
  const tieKinds = new Uint8Array(tie.neighbours.length);
  for (let e = 0; e < relations.length; e++) {
    if (!active(e)) continue;
    const bit = relationKindBit(index.relationAttributes[e].kind);
    const [u, v] = [index.relationSource[e], index.relationTarget[e]];
    tieKinds[tieSlot(tie, u, v)] |= bit;
    tieKinds[tieSlot(tie, v, u)] |= bit;
  }
  return { tie, flow: flowViewOf(index, active), actors, tieKinds };
}

/** Arcs sorted by (source, target): out-rows and in-rows both fill in ascending order. */
function flowViewOf(index: TimeIndex, active: (edge: number) => boolean): FlowView {
  const n = index.actorKeys.length;
  const strengthByArc = new Map<number, number>();
  const add = (s: number, t: number, strength: number) =>
    strengthByArc.set(s * n + t, (strengthByArc.get(s * n + t) ?? 0) + strength);
  for (let e = 0; e < index.relationKeys.length; e++) {
    if (!active(e)) continue;
    const { strength, directed } = index.relationAttributes[e];
    add(index.relationSource[e], index.relationTarget[e], strength);
    if (!directed) add(index.relationTarget[e], index.relationSource[e], strength);
  }
  const arcs = Float64Array.from(strengthByArc.keys()).sort();
  const m = arcs.length;
  const outOffsets = new Int32Array(n + 1);
  const inOffsets = new Int32Array(n + 1);
  for (const arc of arcs) {
    const s = Math.floor(arc / n);
    outOffsets[s + 1]++;
    inOffsets[arc - s * n + 1]++;
  }
  for (let i = 0; i < n; i++) {
    outOffsets[i + 1] += outOffsets[i];
    inOffsets[i + 1] += inOffsets[i];
  }
  const outFill = outOffsets.slice(0, n);
  const inFill = inOffsets.slice(0, n);
  const outNeighbours = new Int32Array(m);
  const outStrengths = new Float64Array(m);
  const inNeighbours = new Int32Array(m);
  const inStrengths = new Float64Array(m);
  for (const arc of arcs) {
    const s = Math.floor(arc / n);
    const t = arc - s * n;
    const strength = strengthByArc.get(arc) as number;
    outNeighbours[outFill[s]] = t;
    outStrengths[outFill[s]++] = strength;
    inNeighbours[inFill[t]] = s;
    inStrengths[inFill[t]++] = strength;
  }
  return {
    ids: index.actorKeys,
    nodeCount: n,
    arcCount: m,
    outOffsets,
    outNeighbours,
    outStrengths,
    inOffsets,
    inNeighbours,
    inStrengths,
  };
}
