/**
 * The rankings' data: one entry per actor in `ecosystem.nodes()` order, which is the order the
 * analysis columns are aligned with. Built once per network and analysis; rows are never
 * materialised as objects, every view of the table is an array of node indices into this.
 */
import type { OutputId } from '../../../analysis/registry.ts';
import type { AnalysisResult } from '../../../analysis/runner.ts';
import type { Column } from '../../../analysis/types.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import type { ActorKind } from '../../../model/kinds.ts';
import { searchKey } from '../../partners.ts';

export interface RankingTable {
  /** Graph keys, as the store's `selected` and the canvas use them. */
  readonly keys: readonly string[];
  readonly labels: readonly string[];
  /** Kind ids (`firm`, `knowledge`, …) as files and the CLI write them. */
  readonly kinds: readonly ActorKind[];
  /** Labels folded for search: "Müller" is found by "muller". */
  readonly searchKeys: readonly string[];
  /** Measure outputs by column id; absent until the analysis has produced them. */
  readonly measures: Partial<Record<OutputId, Column>>;
}

export function buildRankingTable(ecosystem: Ecosystem, analysis: AnalysisResult | null): RankingTable {
  const keys = ecosystem.nodes();
  const labels = keys.map((key) => ecosystem.getNodeAttribute(key, 'label'));
  return {
    keys,
    labels,
    kinds: keys.map((key) => ecosystem.getNodeAttribute(key, 'kind')),
    searchKeys: labels.map(searchKey),
    measures: columnsAlignedWith(keys.length, analysis),
  };
}

/** Drops columns of another network: a reload can briefly pair a new graph with the old analysis. */
function columnsAlignedWith(count: number, analysis: AnalysisResult | null): Record<string, Column> {
  const aligned: Record<string, Column> = {};
  for (const [id, column] of Object.entries(analysis?.columns ?? {}))
    if (column.length === count) aligned[id] = column;
  return aligned;
}
