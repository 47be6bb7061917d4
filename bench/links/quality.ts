/**
 * Link-suggestion quality (issue 4): on the Dutch Horizon 2020 ecosystem (every tie touching
 * an NL organisation, ≤ 30-participant projects), hide a seeded 10% of ties and ask each
 * scorer of src/analysis/links.ts to find them again, through the module's own hold-out
 * evaluator. The ecosystem goes through src/io like any user's files.
 */

import { evaluateLinkPrediction, HOLDOUT_DEFAULTS } from '../../src/analysis/link-evaluation.ts';
import { importFiles } from '../../src/io/index.ts';
import { buildTieView } from '../../src/model/views.ts';
import type { Tables } from '../tables.ts';

export interface LinkQualityReport {
  readonly actors: number;
  readonly ties: number;
  readonly hiddenTies: number;
  readonly fraction: number;
  readonly seed: number;
  readonly ks: readonly number[];
  /** Per scorer: AUC, and precision at each k of `ks`. */
  readonly scorers: Readonly<Record<string, { auc: number; precision: readonly number[] }>>;
  readonly seconds: number;
}

/** k = 100 is what a broker reads; k = 1,000 shows how fast quality falls off down the list. */
export const PRECISION_KS = [100, 1000];

export async function linkQuality(tables: Tables): Promise<LinkQualityReport> {
  const encoder = new TextEncoder();
  const { ecosystem } = await importFiles([
    { name: 'nl-actors.csv', bytes: encoder.encode(tables.actorsCsv) },
    { name: 'nl-relations.csv', bytes: encoder.encode(tables.relationsCsv) },
  ]);
  const tie = buildTieView(ecosystem);
  const { fraction, seed } = HOLDOUT_DEFAULTS;
  const started = performance.now();
  const runs = PRECISION_KS.map((k) => evaluateLinkPrediction(tie, { fraction, seed, k }));
  const seconds = (performance.now() - started) / 1000 / runs.length;
  const scorers: Record<string, { auc: number; precision: number[] }> = {};
  for (const [scorer, quality] of Object.entries(runs[0].scorers)) {
    scorers[scorer] = {
      auc: quality.auc,
      precision: runs.map((run) => run.scorers[scorer as keyof typeof run.scorers].precisionAtK),
    };
  }
  return {
    actors: tie.nodeCount,
    ties: tie.tieCount,
    hiddenTies: runs[0].hiddenTies,
    fraction,
    seed,
    ks: PRECISION_KS,
    scorers,
    seconds,
  };
}
