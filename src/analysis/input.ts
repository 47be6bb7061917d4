/**
 * Builds the typed, indexed input every measure reads from an Ecosystem: the tie and flow
 * views plus per-actor attribute columns aligned with the same node index.
 */
import type { Ecosystem } from '../model/ecosystem.ts';
import { RELATION_KINDS, type RelationKind } from '../model/kinds.ts';
import { buildFlowView, buildTieView, nodeIndex, type TieView } from '../model/views.ts';
import type { ActorTable, AnalysisInput } from './types.ts';

export function buildAnalysisInput(ecosystem: Ecosystem): AnalysisInput {
  const tie = buildTieView(ecosystem);
  return {
    tie,
    flow: buildFlowView(ecosystem),
    actors: buildActorTable(ecosystem),
    tieKinds: buildTieKinds(ecosystem, tie),
  };
}

/** The bit of a relation kind in `AnalysisInput.tieKinds`. */
export function relationKindBit(kind: RelationKind): number {
  return 1 << RELATION_KINDS.indexOf(kind);
}

/** Relation kinds per tie-view slot, as bits; both slots of a tie (u's and v's) carry them. */
export function buildTieKinds(ecosystem: Ecosystem, tie: TieView): Uint8Array {
  const index = nodeIndex(ecosystem);
  const kinds = new Uint8Array(tie.neighbours.length);
  const slot = (u: number, v: number) => {
    let lo = tie.offsets[u];
    let hi = tie.offsets[u + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (tie.neighbours[mid] === v) return mid;
      if (tie.neighbours[mid] < v) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new Error('A relation without its tie in the tie view');
  };
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const u = index.get(source) as number;
    const v = index.get(target) as number;
    const bit = relationKindBit(attributes.kind);
    kinds[slot(u, v)] |= bit;
    kinds[slot(v, u)] |= bit;
  });
  return kinds;
}

export function buildActorTable(ecosystem: Ecosystem): ActorTable {
  const ids = ecosystem.nodes();
  const kind = ids.map((id) => ecosystem.getNodeAttribute(id, 'kind'));
  const cache = new Map<string, (string | number | boolean | null)[]>();
  return {
    kind,
    field(name) {
      let column = cache.get(name);
      if (!column) {
        column = ids.map((id) => {
          const attributes = ecosystem.getNodeAttributes(id);
          if (name === 'kind') return attributes.kind;
          const value = attributes.fields[name];
          return value === undefined ? null : value;
        });
        cache.set(name, column);
      }
      return column;
    },
  };
}

/**
 * An analysis input as plain data: the views' typed arrays and every actor field as a column.
 * Workers receive this instead of the Ecosystem, so they neither rebuild a graphology graph
 * nor recompute the views — starting a worker pool then costs a copy, not a rebuild.
 */
export interface PackedAnalysisInput {
  tie: AnalysisInput['tie'];
  flow: AnalysisInput['flow'];
  tieKinds: Uint8Array;
  kind: readonly string[];
  fields: Record<string, readonly (string | number | boolean | null)[]>;
}

export function packAnalysisInput(ecosystem: Ecosystem, input: AnalysisInput): PackedAnalysisInput {
  const names = new Set<string>();
  ecosystem.forEachNode((_key, actor) => {
    for (const name of Object.keys(actor.fields)) names.add(name);
  });
  // A Map keeps field names such as "__proto__" as data while the columns are gathered.
  const fields = new Map<string, readonly (string | number | boolean | null)[]>();
  for (const name of names) fields.set(name, input.actors.field(name));
  return {
    tie: input.tie,
    flow: input.flow,
    tieKinds: input.tieKinds,
    kind: input.actors.kind,
    fields: Object.fromEntries(fields),
  };
}

export function unpackAnalysisInput(packed: PackedAnalysisInput): AnalysisInput {
  const n = packed.kind.length;
  const empty: readonly null[] = new Array(n).fill(null);
  const fields = new Map(Object.entries(packed.fields));
  return {
    tie: packed.tie,
    flow: packed.flow,
    tieKinds: packed.tieKinds,
    actors: {
      kind: packed.kind,
      field: (name) => (name === 'kind' ? packed.kind : (fields.get(name) ?? empty)),
    },
  };
}
