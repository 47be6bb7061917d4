/**
 * What `clusterscope test` writes: one CSV row per statistic, a JSON summary (results with
 * histograms and sentences instead of every draw), every draw as CSV, and per-actor columns.
 */
import { renderSentence } from '../analysis/statistics/sentences.ts';
import type { StatisticResult, TestResult } from '../analysis/statistics/types.ts';
import { csvCell, csvDocument, numberCell } from '../io/csv-cell.ts';
import { writeStatisticsCsv } from '../io/write-statistics.ts';
import { actorId } from '../model/ecosystem.ts';

const number = (value: number | null | undefined) => numberCell(value ?? Number.NaN);

/** One row per statistic (io/write-statistics.ts), the sentence in English. */
export function statisticsCsv(results: readonly TestResult[]): string {
  return writeStatisticsCsv(results, (statistic: StatisticResult) =>
    statistic.sentence ? renderSentence(statistic.sentence) : '',
  );
}

/** A result for the JSON summary: the draws replaced by their histogram, the sentence in words too. */
export function summaryOf(result: TestResult) {
  return {
    ...result,
    columns: Object.keys(result.columns),
    statistics: result.statistics.map(({ distribution: _draws, ...statistic }) => ({
      ...statistic,
      text: statistic.sentence ? renderSentence(statistic.sentence) : null,
    })),
  };
}

/** Every draw: one row per permutation, one column per test and statistic. */
export function distributionsCsv(results: readonly TestResult[]): string {
  const columns = results.flatMap((result) =>
    result.statistics.map((statistic) => ({
      name: `${result.test}:${statistic.id}`,
      draws: statistic.distribution,
    })),
  );
  const length = Math.max(0, ...columns.map((column) => column.draws.length));
  const rows = Array.from({ length }, (_, r) => [
    numberCell(r + 1),
    ...columns.map((column) => number(column.draws[r])),
  ]);
  return csvDocument(['permutation', ...columns.map((column) => column.name)], rows);
}

/** Per-actor columns of the tests (e.g. each actor's brokerage p-values), one row per actor. */
export function actorColumnsCsv(
  ids: readonly string[],
  labels: readonly string[],
  results: readonly TestResult[],
): string {
  const columns = results.flatMap((result) =>
    Object.entries(result.columns).map(([name, values]) => ({ name, values })),
  );
  const rows = ids.map((id, i) => [
    csvCell(actorId(id)),
    csvCell(labels[i]),
    ...columns.map((column) => number(column.values[i])),
  ]);
  return csvDocument(['id', 'label', ...columns.map((column) => column.name)], rows);
}
