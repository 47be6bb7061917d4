/**
 * What the two scatter plots draw, read from the analysis: the Giuliani–Bell quadrants (external
 * ties against local ties, split at the means) and Burt's constraint against effective size.
 */
import { GIULIANI_BELL_ROLES } from '../../../analysis/measures/giuliani-bell.ts';
import type { Column } from '../../../analysis/types.ts';
import { figure, type GraphFigures } from '../overview/network-figures.ts';

export type GiulianiBellRole = (typeof GIULIANI_BELL_ROLES)[number];

/** Okabe–Ito colours, one per role code (isolated, mutual exchanger, external star, gatekeeper). */
export const GIULIANI_BELL_COLOURS: readonly string[] = ['#9ca3af', '#009E73', '#56B4E9', '#D55E00'];

export const GIULIANI_BELL_EXPLANATIONS: Readonly<Record<GiulianiBellRole, string>> = {
  gatekeeper:
    'more local ties and more external ties than average: takes in knowledge from outside and passes it on locally.',
  'external star':
    'more external ties than average but few local ones: open to the outside, peripheral at home.',
  'mutual exchanger':
    'more local ties than average but few external ones: central at home, closed to the outside.',
  isolated: 'at or below average on both: weakly tied, locally and beyond.',
};

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
 * The rule of src/analysis/measures/giuliani-bell.ts: the means are over all actors, isolates
 * included; "high" is strictly above the mean; code = (local high) + 2·(external high). The
 * means and codes come from the analysis when it has them; recomputed the same way otherwise.
 */
export function giulianiBellQuadrants(
  columns: Readonly<Record<string, Column>>,
  graph: GraphFigures,
): Quadrants | null {
  const { local_ties: local, external_ties: external } = columns;
  if (!local || !external) return null;
  const meanLocal = figure(graph, 'giuliani_bell_mean_local_ties') ?? mean(local);
  const meanExternal = figure(graph, 'giuliani_bell_mean_external_ties') ?? mean(external);
  const stored = columns.giuliani_bell_role;
  const roles = new Float64Array(local.length);
  const counts = new Array<number>(GIULIANI_BELL_ROLES.length).fill(0);
  for (let actor = 0; actor < local.length; actor++) {
    const code = stored
      ? stored[actor]
      : (local[actor] > meanLocal ? 1 : 0) + (external[actor] > meanExternal ? 2 : 0);
    roles[actor] = code;
    if (code >= 0 && code < counts.length) counts[code]++;
  }
  return { external, local, meanExternal, meanLocal, roles, counts };
}

function mean(values: Column): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length > 0 ? sum / values.length : Number.NaN;
}

export interface StructuralHolesPoints {
  readonly effectiveSize: Column;
  readonly constraint: Column;
  /** Actors with both values (isolates have neither). */
  readonly plotted: number;
}

export function structuralHolesPoints(
  columns: Readonly<Record<string, Column>>,
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
