/**
 * Filters: which part of the network to look at. Applied in a fixed order — relations first
 * (kind, strength), then actors (kind, locality, measure ranges), then the ego network of one
 * actor, then the largest component — so the same settings always give the same view.
 * Measure ranges refer to the measures of the whole network (within the time window), not the
 * filtered one, so a filter never changes the numbers it filters on. Years are not a filter:
 * they are the pipeline's time window, the stage before this one.
 */

import { groupLabel, MISSING_GROUP } from '../../analysis/groups.ts';
import type { OutputId } from '../../analysis/registry.ts';
import type { Ecosystem, RelationAttributes } from '../../model/ecosystem.ts';
import type { FieldValue } from '../../model/fields.ts';
import type { ActorKind, RelationKind } from '../../model/kinds.ts';
import { subEcosystem } from '../../model/subgraph.ts';

export interface MeasureRange {
  id: OutputId;
  min: number | null;
  max: number | null;
}

export interface Filters {
  /** Empty means every kind. */
  actorKinds: ActorKind[];
  relationKinds: RelationKind[];
  /** Values of the locality field to keep (MISSING_GROUP for actors without one); empty means all. */
  localities: string[];
  minStrength: number;
  measure: MeasureRange | null;
  ego: { actor: string; depth: 1 | 2 } | null;
  largestComponentOnly: boolean;
}

export const NO_FILTERS: Filters = {
  actorKinds: [],
  relationKinds: [],
  localities: [],
  minStrength: 0,
  measure: null,
  ego: null,
  largestComponentOnly: false,
};

export function isFiltering(filters: Filters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}

export interface FilterContext {
  /** Measure columns of the whole network, aligned with `ecosystem.nodes()`. */
  columns: Partial<Record<OutputId, Float64Array>>;
  localBy: string;
}

/** The locality group an actor's fields put it in, as the locality filter lists them. */
export function localityOfActor(fields: Readonly<Record<string, FieldValue>>, localBy: string): string {
  return groupLabel(Object.hasOwn(fields, localBy) ? fields[localBy] : null) ?? MISSING_GROUP;
}

export function filterEcosystem(ecosystem: Ecosystem, filters: Filters, context: FilterContext): Ecosystem {
  const index = new Map(ecosystem.nodes().map((key, i) => [key, i]));
  const actorKinds = new Set(filters.actorKinds);
  const localities = new Set(filters.localities);
  const column = filters.measure ? context.columns[filters.measure.id] : undefined;
  const keepActor = (key: string) => {
    const actor = ecosystem.getNodeAttributes(key);
    if (actorKinds.size > 0 && !actorKinds.has(actor.kind)) return false;
    if (localities.size > 0 && !localities.has(localityOfActor(actor.fields, context.localBy))) return false;
    if (column && filters.measure) {
      const value = column[index.get(key) as number];
      if (Number.isNaN(value)) return false;
      if (filters.measure.min !== null && value < filters.measure.min) return false;
      if (filters.measure.max !== null && value > filters.measure.max) return false;
    }
    return true;
  };
  const relationKinds = new Set(filters.relationKinds);
  const keepRelation = (relation: RelationAttributes) => {
    if (relationKinds.size > 0 && !relationKinds.has(relation.kind)) return false;
    return relation.strength >= filters.minStrength;
  };
  let view = subEcosystem(ecosystem, keepActor, keepRelation);
  if (filters.ego && view.hasNode(filters.ego.actor)) {
    const around = neighbourhood(view, filters.ego.actor, filters.ego.depth);
    view = subEcosystem(view, (key) => around.has(key));
  }
  if (filters.largestComponentOnly) {
    const largest = largestComponent(view);
    view = subEcosystem(view, (key) => largest.has(key));
  }
  return view;
}

/** Actors within `depth` steps of `actor`, in any direction. */
export function neighbourhood(ecosystem: Ecosystem, actor: string, depth: number): Set<string> {
  const reached = new Set([actor]);
  let frontier = [actor];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const neighbour of ecosystem.neighbors(key)) {
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}

export function largestComponent(ecosystem: Ecosystem): Set<string> {
  const seen = new Set<string>();
  let largest = new Set<string>();
  ecosystem.forEachNode((start) => {
    if (seen.has(start)) return;
    const component = new Set([start]);
    seen.add(start);
    const stack = [start];
    while (stack.length > 0) {
      const key = stack.pop() as string;
      for (const neighbour of ecosystem.neighbors(key)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        component.add(neighbour);
        stack.push(neighbour);
      }
    }
    if (component.size > largest.size) largest = component;
  });
  return largest;
}
