/**
 * Results of tests against chance as CSV: one row per statistic, the columns `clusterscope test`
 * writes. The command line and the explorer's Statistics view both write through here, so the
 * two files are the same bytes for the same network, options and seed. Cells go through
 * csv-cell.ts (formula neutralisation: group names are data and may start with `=`).
 *
 * The shapes are declared here, structurally, so io/ needs nothing from analysis/: a test result
 * of analysis/statistics fits them as it is.
 */
import { type CsvWriteOptions, csvCell, csvDocument, numberCell } from './csv-cell.ts';

export interface TestedStatistic {
  readonly id: string;
  readonly name: string;
  readonly subject:
    | { readonly kind: 'network' }
    | { readonly kind: 'group'; readonly group: string }
    | { readonly kind: 'term'; readonly term: string }
    | { readonly kind: 'role'; readonly role: string };
  readonly observed: number | null;
  readonly nullMean: number | null;
  readonly nullSd: number | null;
  readonly z: number | null;
  readonly direction: string | null;
  readonly p: { readonly greater: number; readonly less: number; readonly twoSided: number } | null;
  readonly pStandardError: {
    readonly greater: number;
    readonly less: number;
    readonly twoSided: number;
  } | null;
  readonly draws: number;
}

export interface TestedResult<Statistic extends TestedStatistic = TestedStatistic> {
  readonly test: string;
  readonly permutations: number;
  readonly seed: number;
  readonly statistics: readonly Statistic[];
}

export const STATISTIC_COLUMNS = [
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
] as const;

/** The subject column: `network`, `group:North`, `term:same:region`, `role:gatekeeper`. */
export function subjectText(statistic: TestedStatistic): string {
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

/**
 * One row per statistic of each result. `sentenceOf` gives the sentence column's words (the
 * command line writes English, as every machine-readable output does).
 */
export function writeStatisticsCsv<Statistic extends TestedStatistic>(
  results: readonly TestedResult<Statistic>[],
  sentenceOf: (statistic: Statistic) => string,
  options: CsvWriteOptions = {},
): string {
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
      csvCell(sentenceOf(statistic)),
    ]),
  );
  return csvDocument(STATISTIC_COLUMNS, rows, options);
}
