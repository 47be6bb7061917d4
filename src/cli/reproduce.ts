/**
 * `clusterscope reproduce`: everything `analyze` (and, with --test, `test`) computes, written to
 * a folder with the network as CSV and a script that recomputes the values with R sna and
 * igraph or with NetworkX and prints the largest difference — so a reader of a paper can check
 * every number without Clusterscope.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveOptions } from '../analysis/options.ts';
import { MEASURES } from '../analysis/registry.ts';
import { columnsInRegistryOrder, runAnalysisInParallel } from '../analysis/runner.ts';
import { measureOptions } from '../analysis/settings.ts';
import { testById } from '../analysis/statistics/registry.ts';
import { runTestInParallel } from '../analysis/statistics/run.ts';
import { TestInputError, type TestResult } from '../analysis/statistics/types.ts';
import { importFiles } from '../io/index.ts';
import { reproductionInput, type ScriptLanguage, writeReproduction } from '../io/reproduce/reproduction.ts';
import { ANALYSIS_FLAGS, analysisSettingsFrom, analysisUsage, threadsFrom } from './analysis-flags.ts';
import { startAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { planTests, TEST_FLAGS, testInput } from './test-plan.ts';

export const command: Command = {
  name: 'reproduce',
  usage: ({ t }) =>
    t('cli.usage.reproduce', { analysisOptions: analysisUsage(t), importOptions: importUsage(t) }),
  async run(args, output, wording) {
    const { t } = wording;
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        ...ANALYSIS_FLAGS,
        ...TEST_FLAGS,
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    const language = values.lang;
    if (language !== 'r' && language !== 'python')
      throw new UsageError('cli.error.scriptLanguage', { value: String(language) });
    if (values.out === undefined) throw new UsageError('cli.error.outFolder');
    const isTestOption = (text: string) => testById(text.split('.')[0]) !== undefined;
    const measureFlags = { ...values, option: (values.option ?? []).filter((text) => !isTestOption(text)) };
    const settings = analysisSettingsFrom(measureFlags);
    const plan =
      values.test === undefined
        ? []
        : planTests({ ...values, option: (values.option ?? []).filter(isTestOption) });
    const threads = threadsFrom(values);
    const log = values.quiet ? () => {} : output.stderr;

    const files = await readSourceFiles(positionals);
    const { ecosystem, report } = await importFiles(files, importOptionsFrom(values));
    log(formatReport(report, wording));
    if (report.actorCount === 0) return EXIT_NOTHING_USABLE;

    const { input, packed } = testInput(ecosystem, plan);
    const byMeasure = measureOptions(settings);
    const pool = await startAnalysisPool(packed, threads);
    const tests: TestResult[] = [];
    let failed = false;
    let result: Awaited<ReturnType<typeof runAnalysisInParallel>>;
    try {
      log(`${t('cli.log.computingMeasures')}\n`);
      result = await runAnalysisInParallel(input, pool.runners, { options: byMeasure });
      for (const planned of plan) {
        log(`${t('cli.log.testing', { test: planned.testId })}\n`);
        try {
          tests.push(await runTestInParallel(input, pool.runners, planned.testId, planned.options));
        } catch (error) {
          if (!(error instanceof TestInputError)) throw error;
          output.stderr(`clusterscope reproduce: ${planned.testId}: ${error.message}\n`);
          failed = true;
        }
      }
    } finally {
      await pool.close();
    }

    const reproduction = reproductionInput(ecosystem, {
      measures: columnsInRegistryOrder(result),
      figures: result.graph,
      settings: Object.fromEntries(
        MEASURES.map((measure) => [measure.id, resolveOptions(measure, byMeasure[measure.id])]),
      ),
      tests,
    });
    const written = writeReproduction(reproduction, language as ScriptLanguage);
    await mkdir(values.out, { recursive: true });
    for (const file of written) await writeFile(join(values.out, file.name), file.text);
    const script = language === 'r' ? 'Rscript reproduce.R' : 'python3 reproduce.py';
    log(`${t('cli.log.reproduction', { files: written.length, folder: values.out, script })}\n`);
    return failed ? EXIT_NOTHING_USABLE : EXIT_OK;
  },
};
