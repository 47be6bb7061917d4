/**
 * The display stage: the ties sigma draws, one per pair of actors (the tie view), so parallel
 * relations do not stack invisibly. Each tie keeps the kinds of its relations, its summed
 * strength, the kind of its strongest relation (its colour) and whether it is local under the
 * analysis' locality rule — decided by `pairLocality`, the rule's one implementation.
 * Built in the worker as typed arrays; the main thread only copies them into the graph.
 */
import { type BackboneScores, backboneScores } from '../../analysis/backbone.ts';
import { type LocalityRule, pairLocality } from '../../analysis/locality.ts';
import { isCrossBorder } from '../../analysis/measures/region-flows.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { RELATION_KINDS, type RelationKind } from '../../model/kinds.ts';
import { seedPositions } from '../layout/seed.ts';
import type { MapPositions } from '../map/map-positions.ts';

export interface DisplayTies {
  /** Node indices (in the network's node order) of both ends: [source0, target0, source1, …]. */
  ends: Int32Array;
  /** Summed strength of the relations joining the pair. */
  strength: Float64Array;
  /** Index in RELATION_KINDS of the strongest relation's kind. */
  kind: Uint8Array;
  /** Every relation kind on the tie, as bits over RELATION_KINDS. */
  kinds: Uint16Array;
  /** LOCAL (1), EXTERNAL (0) or UNCLASSIFIED (−1). */
  locality: Int8Array;
  /** 1 for a tie across an NL–BE–DE border (region-flows' rule), else 0. */
  crossBorder: Uint8Array;
  /** Where each actor starts when it has no position yet: its community's place (layout/seed.ts). */
  seed: Float32Array;
  /** Which ties matter (disparity, Simmelian strength), for drawing the backbone only. */
  backbone: BackboneScores;
  /** Where each actor stands on the map (map/map-positions.ts); added by the display stage. */
  map?: MapPositions;
}

const KIND_INDEX = new Map<RelationKind, number>(RELATION_KINDS.map((kind, i) => [kind, i]));

export function displayTies(
  ecosystem: Ecosystem,
  rule: LocalityRule,
  community: ArrayLike<number> | null = null,
): DisplayTies {
  const index = new Map<string, number>();
  ecosystem.forEachNode((key) => {
    index.set(key, index.size);
  });
  const tieOf = new Map<number, number>();
  const ends: number[] = [];
  const strength: number[] = [];
  const strongest: number[] = [];
  const kind: number[] = [];
  const kinds: number[] = [];
  const n = ecosystem.order;
  ecosystem.forEachEdge((_edge, relation, source, target) => {
    const a = index.get(source) as number;
    const b = index.get(target) as number;
    const pair = a < b ? a * n + b : b * n + a;
    const code = KIND_INDEX.get(relation.kind) ?? KIND_INDEX.get('other') ?? 0;
    let tie = tieOf.get(pair);
    if (tie === undefined) {
      tie = strength.length;
      tieOf.set(pair, tie);
      ends.push(a, b);
      strength.push(0);
      strongest.push(Number.NEGATIVE_INFINITY);
      kind.push(code);
      kinds.push(0);
    }
    strength[tie] += relation.strength;
    kinds[tie] |= 1 << code;
    if (relation.strength > strongest[tie]) {
      strongest[tie] = relation.strength;
      kind[tie] = code;
    }
  });
  const fields = ecosystem.mapNodes((_key, actor) => actor.fields);
  const locality = new Int8Array(strength.length);
  const crossBorder = new Uint8Array(strength.length);
  const country = (v: number) => {
    const value = fields[v].country;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  for (let tie = 0; tie < strength.length; tie++) {
    const [a, b] = [ends[2 * tie], ends[2 * tie + 1]];
    locality[tie] = pairLocality(fields[a], fields[b], rule);
    crossBorder[tie] = isCrossBorder(country(a), country(b)) ? 1 : 0;
  }
  const degree = new Float64Array(n);
  for (const end of ends) degree[end]++;
  return {
    seed: seedPositions(community ?? new Float64Array(n).fill(-1), degree),
    ends: Int32Array.from(ends),
    strength: Float64Array.from(strength),
    backbone: backboneScores(n, ends, strength),
    kind: Uint8Array.from(kind),
    kinds: Uint16Array.from(kinds),
    locality,
    crossBorder,
  };
}

export function kindsOf(bits: number): RelationKind[] {
  return RELATION_KINDS.filter((_kind, i) => bits & (1 << i));
}
