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
import { ANALYSIS_FLAGS, ANALYSIS_USAGE, analysisSettingsFrom, threadsFrom } from './analysis-flags.ts';
import { startAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { planTests, TEST_FLAGS, testInput } from './test-plan.ts';

const usage = `Usage: clusterscope reproduce <file> [<file>…] --lang r|python --out DIR [options]

Imports the files like \`inspect\`, computes every measure like \`analyze\` (and the tests named
with --test, like \`test\`), and writes to DIR the network (nodes.csv, relations.csv), the values
(measures.csv, figures.csv, tests.csv), the options they ran with (settings.csv) and a script —
reproduce.R for R with sna and igraph, or reproduce.py for Python with NetworkX, numpy and scipy —
that recomputes them and prints the largest difference to these values.

Options:
  --lang r|python        the language of the script (required)
  --out DIR              the folder to write (required; created when missing)
  --test T[,T…]          tests against chance to include (default: none); with --permutations,
                         --field, --relations, --predictors, --valued as \`clusterscope test\`
${ANALYSIS_USAGE}
  --quiet                no import report or progress on standard error
${IMPORT_USAGE}
  -h, --help             show this help

--seed sets the seed of the measures and of the tests; --option takes measure options
(pagerank.alpha=0.9) and test options (mrqap.intercept=false) alike.
`;

export const command: Command = {
  name: 'reproduce',
  summary: 'write the values with an R or Python script that recomputes them',
  usage,
  async run(args, output) {
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
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const language = values.lang;
    if (language !== 'r' && language !== 'python') throw new UsageError('--lang must be r or python');
    if (values.out === undefined) throw new UsageError('--out DIR names the folder to write');
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
    log(formatReport(report));
    if (report.actorCount === 0) return EXIT_NOTHING_USABLE;

    const { input, packed } = testInput(ecosystem, plan);
    const byMeasure = measureOptions(settings);
    const pool = await startAnalysisPool(packed, threads);
    const tests: TestResult[] = [];
    let failed = false;
    let result: Awaited<ReturnType<typeof runAnalysisInParallel>>;
    try {
      log('computing the measures…\n');
      result = await runAnalysisInParallel(input, pool.runners, { options: byMeasure });
      for (const planned of plan) {
        log(`${planned.testId}…\n`);
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
    log(`wrote ${written.length} files to ${values.out}; run \`${script}\` there\n`);
    return failed ? EXIT_NOTHING_USABLE : EXIT_OK;
  },
};
