/**
 * Relation layers: one flow view per relation kind (supply, knowledge, …), node-aligned with
 * the analysis input, so that dyadic tests can set one kind of relation against another. The
 * measures never need them, so they are built only where a test is run (`withRelationLayers`).
 */
import type { Ecosystem } from '../../model/ecosystem.ts';
import { RELATION_KINDS } from '../../model/kinds.ts';
import { subEcosystem } from '../../model/subgraph.ts';
import { buildFlowView, type FlowView } from '../../model/views.ts';
import type { AnalysisInput } from '../types.ts';

export interface RelationLayers {
  /** Relation kinds present in the network, in the model's order. */
  readonly kinds: readonly string[];
  /** The flow view of the relations of each kind (same node index as the input). */
  readonly views: readonly FlowView[];
}

export function buildRelationLayers(ecosystem: Ecosystem): RelationLayers {
  const present = new Set<string>();
  ecosystem.forEachEdge((_edge, relation) => {
    present.add(relation.kind);
  });
  const kinds = RELATION_KINDS.filter((kind) => present.has(kind));
  const views = kinds.map((kind) =>
    buildFlowView(
      subEcosystem(
        ecosystem,
        () => true,
        (relation) => relation.kind === kind,
      ),
    ),
  );
  return { kinds, views };
}

export function withRelationLayers(input: AnalysisInput, ecosystem: Ecosystem): AnalysisInput {
  return input.layers ? input : { ...input, layers: buildRelationLayers(ecosystem) };
}
