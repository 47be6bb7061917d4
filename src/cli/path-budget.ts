/**
 * Whether exact shortest paths fit: one breadth-first search from every actor costs about
 * n × (n + 2m) steps. When that is predicted to take longer than EXACT_LIMIT_SECONDS on the
 * threads at hand, the command stops before starting and says what sampling fits instead
 * (betweenness from k seeded pivots, with its stated standard error).
 */
import type { Wording } from '../i18n/i18n.ts';
import { duration } from './progress-line.ts';

/** Search steps (node or tie visits) one thread does per second, measured on the design point. */
export const STEPS_PER_SECOND = 6e7;
export const EXACT_LIMIT_SECONDS = 15 * 60;
/** What a sampled run is sized for. */
const SAMPLED_TARGET_SECONDS = 60;

export interface PathPlan {
  readonly exactSeconds: number;
  /** Pivots that fit in about a minute. */
  readonly pivots: number;
  readonly pivotSeconds: number;
}

export function planPaths(nodes: number, ties: number, threads: number): PathPlan {
  const perSearch = (nodes + 2 * ties) / (STEPS_PER_SECOND * Math.max(1, threads));
  const pivots = Math.max(
    10,
    Math.min(nodes, Math.floor(SAMPLED_TARGET_SECONDS / Math.max(perSearch, 1e-9))),
  );
  const rounded =
    pivots >= 1000 ? Math.floor(pivots / 100) * 100 : pivots >= 100 ? Math.floor(pivots / 10) * 10 : pivots;
  return { exactSeconds: nodes * perSearch, pivots: rounded, pivotSeconds: rounded * perSearch };
}

/** The message when exact paths would take too long, in the person's language; null when they fit. */
export function exactPathsProblem(
  nodes: number,
  ties: number,
  threads: number,
  { t }: Wording,
): string | null {
  const plan = planPaths(nodes, ties, threads);
  if (plan.exactSeconds <= EXACT_LIMIT_SECONDS) return null;
  return t('cli.error.paths', {
    nodes,
    ties,
    threads,
    exact: duration(plan.exactSeconds, t),
    pivots: plan.pivots,
    sampled: duration(plan.pivotSeconds, t),
  });
}
