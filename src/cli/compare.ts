/**
 * `clusterscope compare`: import, take the network in two years or windows, run the registry on
 * both snapshots in worker threads, and write what changed: a CSV of tie and actor changes and a
 * JSON summary of the figures (analysis/time/).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildAnalysisInput, packAnalysisInput } from '../analysis/input.ts';
import { isOutputId, type OutputId } from '../analysis/registry.ts';
import { runAnalysis, runAnalysisInParallel } from '../analysis/runner.ts';
import { changesTable } from '../analysis/time/changes-table.ts';
import {
  type ComparisonPlan,
  DEFAULT_RANK_BY,
  finishComparison,
  planComparison,
  type SnapshotAnalysis,
  type SnapshotSide,
} from '../analysis/time/compare.ts';
import { COMPARISON_MESSAGES, describeComparison } from '../analysis/time/messages.ts';
import { comparisonSummary } from '../analysis/time/summary.ts';
import { importFiles } from '../io/index.ts';
import { writeChangesCsv } from '../io/write-changes.ts';
import { formatMessage } from '../model/messages.ts';
import { formatTimeWindow, timeIndexOf } from '../model/time.ts';
import {
  ANALYSIS_FLAGS,
  ANALYSIS_USAGE,
  analysisSettingsFrom,
  numberFlag,
  threadsFrom,
  windowFlag,
} from './analysis-flags.ts';
import { startAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';

const ANALYSIS_USAGE_WITHOUT_WINDOW = ANALYSIS_USAGE.split('\n')
  .filter((line) => !/^\s+--(at|window) /.test(line))
  .join('\n');

const usage = `Usage: clusterscope compare <file> [<file>…] --from A --to B [options]

Imports the files like \`inspect\` and compares the network in two years or windows (a year such as
2015, or FROM:TO such as 2014:2016): ties that entered, left and persisted, churn, tie half-life,
actors that entered and left, change in rank on measures, communities found again (Jaccard),
actors whose share of local ties fell (detaching) or rose (attaching) with their path per year, and
Giuliani–Bell role transitions. Exit code 0 when compared, 1 when nothing usable was found (no
actors, or no dated relation), 2 when the command line is wrong.

Options:
  --from A               the first year or window (required)
  --to B                 the second year or window (required)
  --out FILE             write the changes, one row per tie and per actor, to FILE as CSV
                         (default: standard output)
  --summary FILE         write the figures and the actors who moved most to FILE as JSON
  --rank-by COLUMNS      measure columns whose change in rank is reported, comma-separated
                         (default: ${DEFAULT_RANK_BY.join(',')})
  --threshold X          a share of local ties must change by more than X to count as detaching
                         or attaching (default: 0)
  --top N                actors per list in the summary (default: 20)
  --dated-only           leave undated relations and actors out (default: they are in every year)
${ANALYSIS_USAGE_WITHOUT_WINDOW}
  --quiet                no import report or progress on standard error
${IMPORT_USAGE}
  -h, --help             show this help
`;

export const command: Command = {
  name: 'compare',
  summary: 'compare the network in two years or windows: what entered, left and moved',
  usage,
  async run(args, output) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        summary: { type: 'string' },
        'rank-by': { type: 'string' },
        threshold: { type: 'string' },
        top: { type: 'string' },
        'dated-only': { type: 'boolean' },
        ...ANALYSIS_FLAGS,
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    if (values.at !== undefined || values.window !== undefined)
      throw new UsageError('compare takes --from and --to, not --at or --window');
    if (values.from === undefined || values.to === undefined) throw new UsageError('give --from and --to');
    const from = windowFlag('--from', values.from);
    const to = windowFlag('--to', values.to);
    const rankBy = rankByFrom(values['rank-by']);
    const threshold = numberFlag('--threshold', values.threshold, 0) ?? 0;
    const top = numberFlag('--top', values.top, 0) ?? 20;
    const settings = analysisSettingsFrom(values);
    const threads = threadsFrom(values);
    const log = values.quiet ? () => {} : output.stderr;

    const files = await readSourceFiles(positionals);
    const { ecosystem, report } = await importFiles(files, importOptionsFrom(values));
    log(formatReport(report));
    if (report.actorCount === 0) return EXIT_NOTHING_USABLE;
    const index = timeIndexOf(ecosystem);
    if (index.counts.datedRelations === 0) {
      output.stderr('clusterscope compare: no relation is dated, so there is nothing to compare over time\n');
      return EXIT_NOTHING_USABLE;
    }
    for (const window of [from, to])
      if (
        index.first !== null &&
        index.last !== null &&
        (window.to < index.first || window.from > index.last)
      )
        log(
          `note: ${formatTimeWindow(window)} lies outside the years of the data (${index.first}–${index.last})\n`,
        );

    const started = performance.now();
    const plan = planComparison(ecosystem, from, to, {
      rankBy,
      settings,
      threshold,
      undated: values['dated-only'] ? 'drop' : 'keep',
    });
    for (const side of [plan.from, plan.to])
      log(
        `${formatTimeWindow(side.window)}: ${side.ecosystem.order} actors, ${side.ecosystem.size} relations\n`,
      );
    const analysisFrom = await analyse(plan, plan.from, threads, log);
    const analysisTo = await analyse(plan, plan.to, threads, log);
    const comparison = finishComparison(plan, analysisFrom, analysisTo);
    log(`compared in ${((performance.now() - started) / 1000).toFixed(2)} s (locality by ${plan.localBy})\n`);
    for (const message of describeComparison(comparison))
      log(`${formatMessage(COMPARISON_MESSAGES[message.code], message.params)}\n`);

    const csv = writeChangesCsv(changesTable(comparison, ecosystem));
    if (values.out !== undefined) await writeFile(values.out, csv);
    else output.stdout(csv);
    if (values.summary !== undefined) {
      const summary = {
        files: positionals,
        settings: {
          ...settings,
          localBy: plan.localBy,
          rankBy,
          threshold,
          datedOnly: values['dated-only'] ?? false,
        },
        ...comparisonSummary(comparison, ecosystem, { top }),
      };
      await writeFile(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
    }
    return EXIT_OK;
  },
};

function rankByFrom(text: string | undefined): OutputId[] {
  if (text === undefined) return [...DEFAULT_RANK_BY];
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  for (const name of names)
    if (!isOutputId(name))
      throw new UsageError(`--rank-by: "${name}" is no measure column (see analyze --help)`);
  return names as OutputId[];
}

/** The registry's measures for the comparison on one snapshot, in worker threads when it is large. */
async function analyse(
  plan: ComparisonPlan,
  side: SnapshotSide,
  threads: number | undefined,
  log: (text: string) => void,
): Promise<SnapshotAnalysis> {
  const input = buildAnalysisInput(side.ecosystem);
  const run = { measures: plan.measures, options: plan.measureOptions };
  // Starting workers costs more than the measures on a small network.
  if (side.ecosystem.order < 2000 || threads === 1)
    return { ids: input.tie.ids, result: runAnalysis(input, run) };
  const pool = await startAnalysisPool(packAnalysisInput(side.ecosystem, input), threads);
  let lastShown = -1;
  try {
    const result = await runAnalysisInParallel(input, pool.runners, {
      ...run,
      onProgress(fraction) {
        const percent = Math.floor(fraction * 10) * 10;
        if (percent > lastShown) {
          lastShown = percent;
          log(`analysing ${formatTimeWindow(side.window)}… ${percent}%\n`);
        }
      },
    });
    return { ids: input.tie.ids, result };
  } finally {
    await pool.close();
  }
}
