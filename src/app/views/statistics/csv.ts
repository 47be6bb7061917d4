/**
 * The Statistics view's export: the result as `clusterscope test` writes it (io/write-statistics.ts),
 * one row per statistic, the sentence column in English as in every machine-readable output, so
 * the file from the explorer and the file from the command line are the same bytes.
 */
import { renderSentence } from '../../../analysis/statistics/sentences.ts';
import type { TestResult } from '../../../analysis/statistics/types.ts';
import { writeStatisticsCsv } from '../../../io/write-statistics.ts';

export function resultCsv(result: TestResult): string {
  return writeStatisticsCsv([result], (statistic) =>
    statistic.sentence ? renderSentence(statistic.sentence) : '',
  );
}
