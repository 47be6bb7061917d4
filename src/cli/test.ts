/**
 * `clusterscope test`: tests against chance — E-I against random labels and against a random
 * graph of the same density, QAP correlation and MRQAP between relations, Gould–Fernandez
 * brokerage against random labels — with seeded permutations split over worker threads. The
 * same files, options and seed give the same bytes whatever the number of threads.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runTestInParallel } from '../analysis/statistics/run.ts';
import { TestInputError, type TestResult } from '../analysis/statistics/types.ts';
import { importFiles } from '../io/index.ts';
import { threadsFrom } from './analysis-flags.ts';
import { startAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { actorColumnsCsv, distributionsCsv, statisticsCsv, summaryOf } from './test-output.ts';
import { planTests, TEST_FLAGS, testInput, testOptionsUsage } from './test-plan.ts';

export const command: Command = {
  name: 'test',
  usage: ({ t }) => t('cli.usage.test', { importOptions: importUsage(t), testOptions: testOptionsUsage(t) }),
  async run(args, output, wording) {
    const { t } = wording;
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...TEST_FLAGS,
        out: { type: 'string' },
        summary: { type: 'string' },
        distributions: { type: 'string' },
        actors: { type: 'string' },
        threads: { type: 'string' },
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    const plan = planTests(values);
    const threads = threadsFrom(values);
    const log = values.quiet ? () => {} : output.stderr;

    const files = await readSourceFiles(positionals);
    const { ecosystem, report } = await importFiles(files, importOptionsFrom(values));
    log(formatReport(report, wording));
    if (report.actorCount === 0) return EXIT_NOTHING_USABLE;

    const { input, packed } = testInput(ecosystem, plan);

    const results: TestResult[] = [];
    const skipped: { test: string; reason: string }[] = [];
    let failed = false;
    const pool = await startAnalysisPool(packed, threads);
    try {
      for (const planned of plan) {
        const started = performance.now();
        let lastShown = -1;
        try {
          const result = await runTestInParallel(input, pool.runners, planned.testId, planned.options, {
            onProgress(fraction) {
              const percent = Math.floor(fraction * 10) * 10;
              if (percent > lastShown) {
                lastShown = percent;
                log(`${t('cli.log.testProgress', { test: planned.testId, percent })}\n`);
              }
            },
          });
          results.push(result);
          const seconds = (performance.now() - started) / 1000;
          log(
            `${t('cli.log.permuted', { test: planned.testId, permutations: result.permutations, seconds })}\n`,
          );
        } catch (error) {
          if (!(error instanceof TestInputError)) throw error;
          output.stderr(`clusterscope test: ${planned.testId}: ${error.message}\n`);
          skipped.push({ test: planned.testId, reason: error.message });
          if (planned.requested) failed = true;
        }
      }
    } finally {
      await pool.close();
    }
    if (results.length === 0) return EXIT_NOTHING_USABLE;

    const csv = statisticsCsv(results);
    if (values.out !== undefined) await writeFile(values.out, csv);
    else output.stdout(csv);
    if (values.summary !== undefined) {
      const summary = {
        files: positionals,
        actors: report.actorCount,
        relations: report.relationCount,
        tests: results.map(summaryOf),
        skipped,
      };
      await writeFile(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
    }
    if (values.distributions !== undefined) await writeFile(values.distributions, distributionsCsv(results));
    if (values.actors !== undefined) {
      const ids = input.tie.ids;
      const labels = ids.map((key) => ecosystem.getNodeAttribute(key, 'label'));
      await writeFile(values.actors, actorColumnsCsv(ids, labels, results));
    }
    return failed ? EXIT_NOTHING_USABLE : EXIT_OK;
  },
};
