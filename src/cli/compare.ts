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
import { describeComparison } from '../analysis/time/messages.ts';
import { comparisonSummary } from '../analysis/time/summary.ts';
import type { Translate, Wording } from '../i18n/i18n.ts';
import { importFiles } from '../io/index.ts';
import { writeChangesCsv } from '../io/write-changes.ts';
import { formatTimeWindow, timeIndexOf } from '../model/time.ts';
import {
  ANALYSIS_FLAGS,
  analysisSettingsFrom,
  analysisUsage,
  numberFlag,
  threadsFrom,
  windowFlag,
} from './analysis-flags.ts';
import { startAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';

/** compare takes --from and --to: the analysis options less --at and --window. */
function analysisUsageWithoutWindow(t: Translate): string {
  return analysisUsage(t)
    .split('\n')
    .filter((line) => !/^\s+--(at|window) /.test(line))
    .join('\n');
}

export const command: Command = {
  name: 'compare',
  usage: ({ t }) =>
    t('cli.usage.compare', {
      rankBy: DEFAULT_RANK_BY.join(','),
      analysisOptions: analysisUsageWithoutWindow(t),
      importOptions: importUsage(t),
    }),
  async run(args, output, wording) {
    const { t } = wording;
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
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    if (values.at !== undefined || values.window !== undefined)
      throw new UsageError('cli.error.compareWindow');
    if (values.from === undefined || values.to === undefined) throw new UsageError('cli.error.fromTo');
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
    log(formatReport(report, wording));
    if (report.actorCount === 0) return EXIT_NOTHING_USABLE;
    const index = timeIndexOf(ecosystem);
    if (index.counts.datedRelations === 0) {
      output.stderr(`clusterscope compare: ${t('cli.log.noDates')}\n`);
      return EXIT_NOTHING_USABLE;
    }
    for (const window of [from, to])
      if (
        index.first !== null &&
        index.last !== null &&
        (window.to < index.first || window.from > index.last)
      )
        log(
          `${t('cli.log.outside', { window: formatTimeWindow(window), first: index.first, last: index.last })}\n`,
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
        `${t('cli.log.window', { window: formatTimeWindow(side.window), actors: side.ecosystem.order, relations: side.ecosystem.size })}\n`,
      );
    const analysisFrom = await analyse(plan, plan.from, threads, log, wording);
    const analysisTo = await analyse(plan, plan.to, threads, log, wording);
    const comparison = finishComparison(plan, analysisFrom, analysisTo);
    const seconds = (performance.now() - started) / 1000;
    log(`${t('cli.log.compared', { seconds, localBy: plan.localBy })}\n`);
    for (const message of describeComparison(comparison))
      log(`${t(`compare.${message.code}`, message.params)}\n`);

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
  for (const name of names) if (!isOutputId(name)) throw new UsageError('cli.error.rankByColumn', { name });
  return names as OutputId[];
}

/** The registry's measures for the comparison on one snapshot, in worker threads when it is large. */
async function analyse(
  plan: ComparisonPlan,
  side: SnapshotSide,
  threads: number | undefined,
  log: (text: string) => void,
  { t }: Wording,
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
          log(`${t('cli.progress.window', { window: formatTimeWindow(side.window), percent })}\n`);
        }
      },
    });
    return { ids: input.tie.ids, result };
  } finally {
    await pool.close();
  }
}
