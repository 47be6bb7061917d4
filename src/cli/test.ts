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
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { actorColumnsCsv, distributionsCsv, statisticsCsv, summaryOf } from './test-output.ts';
import { planTests, TEST_FLAGS, testInput, testOptionsUsage } from './test-plan.ts';

const usage = `Usage: clusterscope test <file> [<file>…] [options]

Imports the files like \`inspect\` and tests the network against chance: each statistic on the
data beside its distribution over seeded permutations, with p-values as R sna reports them and
their Monte Carlo standard errors. Writes one CSV row per statistic.

Without --test: the E-I index against random group labels and against a random graph of the
same density, and Gould–Fernandez brokerage against random labels; with --relations also the
QAP correlation of the first two relations and the MRQAP regression of the first on the rest.

Options:
  --test T[,T…]          tests to run (repeatable): ei-permutation, ei-uniform-graph,
                         qap-correlation, mrqap, brokerage-permutation,
                         assortativity-permutation (with --option
                         assortativity-permutation.numeric=true for a numeric field or measure)
  --permutations N       permutations per test (default: 1000)
  --seed N               random seed (default: 42); the same seed gives the same draws
  --field F              grouping field for E-I, brokerage and assortativity (default: region;
                         kind for assortativity); a measure column (community, core_member,
                         degree, …) when no actor has a field of that name
  --relations A,B[,…]    relation kinds (supply, knowledge, …; ties; flow): QAP correlates the
                         first two, MRQAP regresses the first on the others
  --predictors T[,…]     more MRQAP terms: same:FIELD, diff:FIELD, km, relation kinds
  --valued               QAP and MRQAP on tie strengths instead of 0/1
  --option T.NAME=VALUE  set an option of test T (repeatable), e.g. mrqap.intercept=false
  --out FILE             write the statistics to FILE as CSV (default: standard output)
  --summary FILE         write the results as JSON: figures, tables, histograms, sentences
  --distributions FILE   write every permutation's draw of every statistic as CSV
  --actors FILE          write per-actor columns (brokerage p-values) as CSV
  --threads N            worker threads (default: one per core)
  --quiet                no import report or progress on standard error
${IMPORT_USAGE}
  -h, --help             show this help

Exit code 0 when the tests ran (a default test the data cannot support is skipped, with the
reason on standard error and in the summary), 1 when nothing usable was found or a test named
with --test could not run, 2 when the command line is wrong.

${testOptionsUsage()}
`;

export const command: Command = {
  name: 'test',
  summary: 'test E-I, QAP, MRQAP, brokerage and assortativity against chance',
  usage,
  async run(args, output) {
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
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const plan = planTests(values);
    const threads = threadsFrom(values);
    const log = values.quiet ? () => {} : output.stderr;

    const files = await readSourceFiles(positionals);
    const { ecosystem, report } = await importFiles(files, importOptionsFrom(values));
    log(formatReport(report));
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
                log(`${planned.testId}… ${percent}%\n`);
              }
            },
          });
          results.push(result);
          log(
            `${planned.testId}: ${result.permutations} permutations in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
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
