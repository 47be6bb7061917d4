/**
 * What the two scatter plots draw, read from the analysis: the Giuliani–Bell quadrants (external
 * ties against local ties, split at the means) and Burt's constraint against effective size.
 */
import { GIULIANI_BELL_ROLES } from '../../../analysis/measures/giuliani-bell.ts';
import type { OutputId } from '../../../analysis/registry.ts';
import type { Column } from '../../../analysis/types.ts';
import { figure, type GraphFigures } from '../overview/network-figures.ts';

export type GiulianiBellRole = (typeof GIULIANI_BELL_ROLES)[number];

/** Okabe–Ito colours, one per role code (isolated, mutual exchanger, external star, gatekeeper). */
export const GIULIANI_BELL_COLOURS: readonly string[] = ['#9ca3af', '#009E73', '#56B4E9', '#D55E00'];

/**
 * The catalog's name for each role code (brokers.giulianiBell.group.<name>, .explanation.<name>),
 * in the order of GIULIANI_BELL_ROLES: isolated, mutual exchanger, external star, gatekeeper.
 */
export const GIULIANI_BELL_KEYS = ['isolated', 'mutualExchanger', 'externalStar', 'gatekeeper'] as const;

export interface Quadrants {
  /** External ties per actor (x, external openness). */
  readonly external: Column;
  /** Local ties per actor (y, local centrality). */
  readonly local: Column;
  readonly meanExternal: number;
  readonly meanLocal: number;
  /** Role code per actor, the index into GIULIANI_BELL_ROLES. */
  readonly roles: Float64Array;
  /** Actors per role code. */
  readonly counts: readonly number[];
}

/**
 * The Giuliani–Bell chart's data, read from the analysis: the roles, the means that split the
 * quadrants and the two axes. The rule itself lives in src/analysis/measures/giuliani-bell.ts
 * only; null while the analysis lacks any of it.
 */
export function giulianiBellQuadrants(
  columns: Partial<Record<OutputId, Column>>,
  graph: GraphFigures,
): Quadrants | null {
  const { local_ties: local, external_ties: external, giuliani_bell_role: roles } = columns;
  const meanLocal = figure(graph, 'giuliani_bell_mean_local_ties');
  const meanExternal = figure(graph, 'giuliani_bell_mean_external_ties');
  if (!local || !external || !roles || meanLocal === null || meanExternal === null) return null;
  const counts = new Array<number>(GIULIANI_BELL_ROLES.length).fill(0);
  for (const code of roles) if (code >= 0 && code < counts.length) counts[code]++;
  return { external, local, meanExternal, meanLocal, roles, counts };
}

export interface StructuralHolesPoints {
  readonly effectiveSize: Column;
  readonly constraint: Column;
  /** Actors with both values (isolates have neither). */
  readonly plotted: number;
}

export function structuralHolesPoints(
  columns: Partial<Record<OutputId, Column>>,
): StructuralHolesPoints | null {
  const { effective_size: effectiveSize, constraint } = columns;
  if (!effectiveSize || !constraint) return null;
  let plotted = 0;
  for (let actor = 0; actor < constraint.length; actor++)
    if (Number.isFinite(constraint[actor]) && Number.isFinite(effectiveSize[actor])) plotted++;
  return { effectiveSize, constraint, plotted };
}

/** Series number per actor from a kind per actor, in the order of `kinds`. */
export function kindSeries(actorKinds: readonly string[], kinds: readonly string[]): Float64Array {
  const numberOf = new Map(kinds.map((kind, number) => [kind, number]));
  return Float64Array.from(actorKinds, (kind) => numberOf.get(kind) ?? -1);
}
