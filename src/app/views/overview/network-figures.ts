/**
 * The figures the plain-language summary reads: the analysis' graph-level numbers and tables,
 * the counts of kinds, and the two statistics of the degree column it quotes. Gathered from
 * the store by `networkFigures`, so the wording functions stay pure.
 */
import type { AnalysisResult } from '../../../analysis/runner.ts';
import type { AnalysisSettings } from '../../../analysis/settings.ts';
import type { ResultTable } from '../../../analysis/types.ts';
import { summariseEcosystem } from '../../../io/report.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import { distributionStats } from '../../charts/binning.ts';

export type GraphFigures = Readonly<Record<string, number | string | null>>;

export interface NetworkFigures {
  readonly actorsByKind: Readonly<Record<string, number>>;
  readonly relationsByKind: Readonly<Record<string, number>>;
  /** The analysis' graph-level figures (empty before the analysis has run). */
  readonly graph: GraphFigures;
  readonly tables: Readonly<Record<string, ResultTable>>;
  /** Median number of partners, from the degree column; null when unknown. */
  readonly medianDegree: number | null;
  /** Actors without any tie; null when unknown. */
  readonly isolates: number | null;
  /** The rule that makes a tie local: a shared field value, or a distance in km when > 0. */
  readonly localBy: string;
  readonly localKm?: number;
  /** The grouping of Gould–Fernandez brokerage (the locality field unless set apart). */
  readonly groupBy: string;
}

export type SummaryTopic =
  | 'size'
  | 'density'
  | 'components'
  | 'distances'
  | 'closure'
  | 'assortativity'
  | 'communities'
  | 'locality'
  | 'brokerage'
  | 'frontier';

export interface SummaryParagraph {
  readonly topic: SummaryTopic;
  readonly heading: string;
  readonly text: string;
}

/** A figure of the analysis, or null when it is missing or not a number. */
export function figure(graph: GraphFigures, name: string): number | null {
  const value = graph[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What the summary needs from the store; the analysis may still be running (null). */
export function networkFigures(
  ecosystem: Ecosystem,
  analysis: AnalysisResult | null,
  settings: AnalysisSettings,
): NetworkFigures {
  const { actorsByKind, relationsByKind } = summariseEcosystem(ecosystem);
  const degree = analysis?.columns.degree;
  let isolates: number | null = null;
  let medianDegree: number | null = null;
  if (degree) {
    const stats = distributionStats(degree);
    isolates = stats.zeroCount;
    medianDegree = stats.count > 0 ? stats.median : null;
  }
  const localBy = settings.localBy ?? 'region';
  return {
    actorsByKind,
    relationsByKind,
    graph: analysis?.graph ?? {},
    tables: analysis?.tables ?? {},
    medianDegree,
    isolates,
    localBy,
    localKm: settings.localKm,
    groupBy: settings.groupBy ?? localBy,
  };
}
