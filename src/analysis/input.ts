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
