/**
 * What `clusterscope test` writes: one CSV row per statistic, a JSON summary (results with
 * histograms and sentences instead of every draw), every draw as CSV, and per-actor columns.
 */
import { renderSentence } from '../analysis/statistics/sentences.ts';
import type { StatisticResult, TestResult } from '../analysis/statistics/types.ts';
import { csvCell, csvDocument, numberCell } from '../io/csv-cell.ts';
import { actorId } from '../model/ecosystem.ts';

const STATISTIC_COLUMNS = [
  'test',
  'statistic',
  'name',
  'subject',
  'observed',
  'null_mean',
  'null_sd',
  'z',
  'direction',
  'p_greater',
  'p_less',
  'p_two_sided',
  'se_greater',
  'se_less',
  'se_two_sided',
  'draws',
  'permutations',
  'seed',
  'sentence',
];

function subjectText(statistic: StatisticResult): string {
  const { subject } = statistic;
  switch (subject.kind) {
    case 'network':
      return 'network';
    case 'group':
      return `group:${subject.group}`;
    case 'term':
      return `term:${subject.term}`;
    case 'role':
      return `role:${subject.role}`;
  }
}

const number = (value: number | null | undefined) => numberCell(value ?? Number.NaN);

export function statisticsCsv(results: readonly TestResult[]): string {
  const rows = results.flatMap((result) =>
    result.statistics.map((statistic) => [
      csvCell(result.test),
      csvCell(statistic.id),
      csvCell(statistic.name),
      csvCell(subjectText(statistic)),
      number(statistic.observed),
      number(statistic.nullMean),
      number(statistic.nullSd),
      number(statistic.z),
      csvCell(statistic.direction),
      number(statistic.p?.greater),
      number(statistic.p?.less),
      number(statistic.p?.twoSided),
      number(statistic.pStandardError?.greater),
      number(statistic.pStandardError?.less),
      number(statistic.pStandardError?.twoSided),
      numberCell(statistic.draws),
      numberCell(result.permutations),
      numberCell(result.seed),
      csvCell(statistic.sentence ? renderSentence(statistic.sentence) : ''),
    ]),
  );
  return csvDocument(STATISTIC_COLUMNS, rows);
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
