/**
 * Builds the typed, indexed input every measure reads from an Ecosystem: the tie and flow
 * views plus per-actor attribute columns aligned with the same node index.
 */
import type { Ecosystem } from '../model/ecosystem.ts';
import { buildFlowView, buildTieView } from '../model/views.ts';
import type { ActorTable, AnalysisInput } from './types.ts';

export function buildAnalysisInput(ecosystem: Ecosystem): AnalysisInput {
  return { tie: buildTieView(ecosystem), flow: buildFlowView(ecosystem), actors: buildActorTable(ecosystem) };
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
  return { tie: input.tie, flow: input.flow, kind: input.actors.kind, fields: Object.fromEntries(fields) };
}

export function unpackAnalysisInput(packed: PackedAnalysisInput): AnalysisInput {
  const n = packed.kind.length;
  const empty: readonly null[] = new Array(n).fill(null);
  const fields = new Map(Object.entries(packed.fields));
  return {
    tie: packed.tie,
    flow: packed.flow,
    actors: {
      kind: packed.kind,
      field: (name) => (name === 'kind' ? packed.kind : (fields.get(name) ?? empty)),
    },
  };
}
