/**
 * Comparing the network in two windows (design guide §4, Time): ties entered, left and persisted,
 * churn, tie half-life, actors entering and leaving, each actor's change in rank on registry
 * measures, the stability of communities, local detachment paths and Giuliani–Bell role
 * transitions. Every per-actor result is a column aligned with the whole network's node order
 * (`keys`), so the explorer can colour the same actors in either window.
 *
 * The registry runs on both snapshots through the runner: `planComparison` makes the snapshots
 * and says which measures to run, the caller runs them (in this thread with `compareWindows`, or
 * on workers as the CLI does), and `finishComparison` puts the results together.
 */
import type { Ecosystem } from '../../model/ecosystem.ts';
import {
  type ActiveSet,
  activeIn,
  materialise,
  type SnapshotOptions,
  type TimeIndex,
  type TimeWindow,
  timeIndexOf,
} from '../../model/time.ts';
import { buildActorTable, buildAnalysisInput } from '../input.ts';
import { defaultLocalityField } from '../locality.ts';
import { MEASURES, measureOfOutput, type OutputId, type RegisteredMeasure } from '../registry.ts';
import { type AnalysisResult, runAnalysis } from '../runner.ts';
import { type AnalysisSettings, measureOptions } from '../settings.ts';
import type { ActorTable, Column, OptionValues } from '../types.ts';
import { type CommunityStability, communityStability } from './community-stability.ts';
import { type Detachment, detachment, tieLocality } from './detachment.ts';
import { type TieHalfLife, tieHalfLife } from './half-life.ts';
import { type RankChange, rankChange } from './rank-changes.ts';
import { type RoleTransitions, roleTransitions } from './role-transitions.ts';
import { compareTies, type TieChanges } from './tie-changes.ts';
import { tiePairs } from './tie-pairs.ts';

export const ACTOR_STATUSES = ['absent', 'left', 'stayed', 'entered'] as const;
export type ActorStatus = (typeof ACTOR_STATUSES)[number];

/** Rank changes reported when none are asked for: the count of partners and the brokerage position. */
export const DEFAULT_RANK_BY: readonly OutputId[] = ['degree', 'betweenness'];

export interface CompareOptions extends SnapshotOptions {
  /** Registry outputs whose change in rank is reported. */
  readonly rankBy?: readonly OutputId[];
  /** Locality rule, seed, sampling and measure options, as for `analyze`. */
  readonly settings?: AnalysisSettings;
  /** A share of local ties must change by more than this to count as detaching or attaching. */
  readonly threshold?: number;
}

export interface ActorChanges {
  /** Code per actor (ACTOR_STATUSES). */
  readonly status: Column;
  readonly countFrom: number;
  readonly countTo: number;
  readonly entered: number;
  readonly left: number;
  readonly stayed: number;
}

export interface Comparison {
  readonly from: TimeWindow;
  readonly to: TimeWindow;
  /** The whole network's actor keys in node order: every column below is aligned with them. */
  readonly keys: readonly string[];
  /** The years in which anything in the data is active (design guide §4: the observed years). */
  readonly years: readonly number[];
  readonly actors: ActorChanges;
  /** Tie ends are indices into `keys`; `local` says per tie: 1 local, 0 external, −1 unclassified. */
  readonly ties: TieChanges & { readonly local: Int8Array };
  readonly halfLife: TieHalfLife;
  readonly ranks: readonly RankChange[];
  readonly communities: CommunityStability & { readonly from: Column; readonly to: Column };
  readonly roles: RoleTransitions;
  readonly locality: Detachment & { readonly localBy: string; readonly localKm: number };
}

export interface SnapshotSide {
  readonly window: TimeWindow;
  readonly active: ActiveSet;
  /** The snapshot itself, to run the registry on. */
  readonly ecosystem: Ecosystem;
}

export interface ComparisonPlan {
  readonly index: TimeIndex;
  readonly actors: ActorTable;
  readonly from: SnapshotSide;
  readonly to: SnapshotSide;
  readonly rankBy: readonly OutputId[];
  /** The registry measures to run on both snapshots, and their options. */
  readonly measures: readonly RegisteredMeasure[];
  readonly measureOptions: Record<string, OptionValues>;
  readonly localBy: string;
  readonly localKm: number;
  readonly options: CompareOptions;
}

/** What a run of the registry on one snapshot gave: its node keys and its result. */
export interface SnapshotAnalysis {
  readonly ids: readonly string[];
  readonly result: AnalysisResult;
}

export function planComparison(
  ecosystem: Ecosystem,
  from: TimeWindow,
  to: TimeWindow,
  options: CompareOptions = {},
): ComparisonPlan {
  const index = timeIndexOf(ecosystem);
  const actors = buildActorTable(ecosystem);
  const side = (window: TimeWindow): SnapshotSide => {
    const active = activeIn(index, window, options);
    const whole = active.actorCount === ecosystem.order && active.relationCount === ecosystem.size;
    return { window, active, ecosystem: whole ? ecosystem : materialise(ecosystem, index, active) };
  };
  const rankBy = options.rankBy ?? DEFAULT_RANK_BY;
  const needed = new Set<string>([
    'communities',
    'giuliani-bell',
    ...rankBy.map((o) => measureOfOutput(o).id),
  ]);
  const measures = MEASURES.filter((measure) => needed.has(measure.id));
  const settings = options.settings ?? {};
  const localBy = settings.localBy ?? defaultLocalityField(actors);
  return {
    index,
    actors,
    from: side(from),
    to: side(to),
    rankBy,
    measures,
    measureOptions: measureOptions({ ...settings, localBy }, measures),
    localBy,
    localKm: settings.localKm ?? 0,
    options,
  };
}

export function finishComparison(
  plan: ComparisonPlan,
  analysisFrom: SnapshotAnalysis,
  analysisTo: SnapshotAnalysis,
): Comparison {
  const { index, from, to } = plan;
  const keys = index.actorKeys;
  const position = new Map(keys.map((key, i) => [key, i]));
  const align = (analysis: SnapshotAnalysis, output: OutputId): Column => {
    const column = new Float64Array(keys.length).fill(Number.NaN);
    const values = analysis.result.columns[output];
    if (values)
      analysis.ids.forEach((key, i) => {
        column[position.get(key) as number] = values[i];
      });
    return column;
  };
  const communitiesFrom = align(analysisFrom, 'community');
  const communitiesTo = align(analysisTo, 'community');
  const locality = { localBy: plan.localBy, localKm: plan.localKm };
  const ties = compareTies(tiePairs(index, from.active.relations), tiePairs(index, to.active.relations));
  return {
    from: from.window,
    to: to.window,
    keys,
    years: index.years,
    actors: actorChanges(from.active, to.active),
    ties: { ...ties, local: tieLocality(index, ties, plan.actors, locality) },
    halfLife: tieHalfLife(index, {
      from: Math.min(from.window.from, to.window.from),
      to: Math.max(from.window.to, to.window.to),
    }),
    ranks: plan.rankBy.map((output) =>
      rankChange(output, align(analysisFrom, output), align(analysisTo, output)),
    ),
    communities: {
      ...communityStability(communitiesFrom, communitiesTo),
      from: communitiesFrom,
      to: communitiesTo,
    },
    roles: roleTransitions(
      align(analysisFrom, 'giuliani_bell_role'),
      align(analysisTo, 'giuliani_bell_role'),
    ),
    locality: {
      ...detachment(index, from.active, to.active, plan.actors, {
        locality,
        threshold: plan.options.threshold,
        activeInYear: (year) => activeIn(index, { from: year, to: year }, plan.options),
      }),
      localBy: plan.localBy,
      localKm: plan.localKm,
    },
  };
}

/** The whole comparison in the calling thread (tests, the explorer's worker). */
export function compareWindows(
  ecosystem: Ecosystem,
  from: TimeWindow,
  to: TimeWindow,
  options: CompareOptions = {},
): Comparison {
  const plan = planComparison(ecosystem, from, to, options);
  const analyse = (side: SnapshotSide): SnapshotAnalysis => {
    const input = buildAnalysisInput(side.ecosystem);
    return {
      ids: input.tie.ids,
      result: runAnalysis(input, { measures: plan.measures, options: plan.measureOptions }),
    };
  };
  return finishComparison(plan, analyse(plan.from), analyse(plan.to));
}

function actorChanges(from: ActiveSet, to: ActiveSet): ActorChanges {
  const n = from.actors.length;
  const status = new Float64Array(n);
  const counts = [0, 0, 0, 0];
  for (let v = 0; v < n; v++) {
    const code = from.actors[v] ? (to.actors[v] ? 2 : 1) : to.actors[v] ? 3 : 0;
    status[v] = code;
    counts[code]++;
  }
  return {
    status,
    countFrom: from.actorCount,
    countTo: to.actorCount,
    left: counts[1],
    stayed: counts[2],
    entered: counts[3],
  };
}
