/**
 * `clusterscope analyze`: import, run every registry measure in worker threads, and write one
 * row per actor (`id,label,kind`, then each measure column in registry order) and the
 * graph-level figures as JSON. Reproducible: the same files and seed give the same bytes.
 */
import { parseArgs } from 'node:util';
import { buildAnalysisInput, packAnalysisInput } from '../analysis/input.ts';
import { MEASURES } from '../analysis/registry.ts';
import { type AnalysisResult, columnsInRegistryOrder, runAnalysisInParallel } from '../analysis/runner.ts';
import { measureOptions } from '../analysis/settings.ts';
import { importFiles, type MeasureColumn, writeNodesCsv } from '../io/index.ts';
import { actorId } from '../model/ecosystem.ts';
import {
  ANALYSIS_FLAGS,
  ANALYSIS_USAGE,
  analysisSettingsFrom,
  measureOptionsUsage,
  networkInWindow,
  threadsFrom,
  timeWindowFrom,
} from './analysis-flags.ts';
import { startAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

const usage = `Usage: clusterscope analyze <file> [<file>…] [options]

Imports the files like \`inspect\`, computes every measure, and writes one row per actor:
id,label,kind and one column per measure (empty where a measure is undefined for the actor),
numbers with "." decimals and full precision.

Options:
  --out FILE             write the actors table to FILE (default: standard output)
  --summary FILE         write the graph-level figures and summary tables to FILE as JSON
${ANALYSIS_USAGE}
  --quiet                no import report or progress on standard error
${IMPORT_USAGE}
  -h, --help             show this help

${measureOptionsUsage()}
`;

export const command: Command = {
  name: 'analyze',
  summary: 'compute every measure and write one row per actor',
  usage,
  async run(args, output) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        summary: { type: 'string' },
        ...ANALYSIS_FLAGS,
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const settings = analysisSettingsFrom(values);
    const threads = threadsFrom(values);
    const log = values.quiet ? () => {} : output.stderr;
    // Where the results go is checked before any work: a missing folder or a full disk is said now.
    if (values.out !== undefined) await checkOutputPath('--out', values.out);
    if (values.summary !== undefined) await checkOutputPath('--summary', values.summary);

    const window = timeWindowFrom(values);
    const files = await readSourceFiles(positionals);
    const imported = await importFiles(files, importOptionsFrom(values));
    const { report } = imported;
    log(formatReport(report));
    if (report.outcome.status === 'failed') return EXIT_NOTHING_USABLE;
    const ecosystem = networkInWindow(imported.ecosystem, values, log);
    if (ecosystem.order === 0) return EXIT_NOTHING_USABLE;
    // About 30 columns of up to 24 characters per actor.
    if (values.out !== undefined) await checkOutputPath('--out', values.out, ecosystem.order * 30 * 24);

    const input = buildAnalysisInput(ecosystem);
    const started = performance.now();
    const pool = await startAnalysisPool(packAnalysisInput(ecosystem, input), threads);
    let result: AnalysisResult;
    let lastShown = -1;
    try {
      result = await runAnalysisInParallel(input, pool.runners, {
        options: measureOptions(settings),
        onProgress(fraction) {
          const percent = Math.floor(fraction * 10) * 10;
          if (percent > lastShown) {
            lastShown = percent;
            log(`analysing… ${percent}%\n`);
          }
        },
      });
    } finally {
      await pool.close();
    }
    const seconds = (performance.now() - started) / 1000;
    log(`${MEASURES.length} measure groups on ${input.tie.nodeCount} actors in ${seconds.toFixed(2)} s\n`);

    const ids = input.tie.ids;
    const csv = writeNodesCsv(
      ids,
      ids.map((key) => ecosystem.getNodeAttribute(key, 'label')),
      [...input.actors.kind],
      measureColumns(result),
    );
    if (values.out !== undefined) await writeOutput('--out', values.out, csv);
    else output.stdout(csv);
    if (values.summary !== undefined) {
      const summary = {
        files: positionals,
        settings: { ...settings, localBy: settings.localBy ?? 'region' },
        ...(window ? { window } : {}),
        actors: ecosystem.order,
        relations: ecosystem.size,
        graph: result.graph,
        tables: tablesWithIds(result, ids),
      };
      await writeOutput('--summary', values.summary, `${JSON.stringify(summary, null, 2)}\n`);
    }
    return EXIT_OK;
  },
};

/** Every registry output, in registry order: the public contract of the CSV header. */
function measureColumns(result: AnalysisResult): MeasureColumn[] {
  return columnsInRegistryOrder(result);
}

/** Summary tables name actors by id, not by the index they have inside the analysis. */
function tablesWithIds(result: AnalysisResult, ids: readonly string[]) {
  return Object.fromEntries(
    Object.entries(result.tables).map(([name, table]) => [
      name,
      {
        ...table,
        rows: table.rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => [
              key,
              Array.isArray(value) ? value.map((index: number) => actorId(ids[index])) : value,
            ]),
          ),
        ),
      },
    ]),
  );
}
