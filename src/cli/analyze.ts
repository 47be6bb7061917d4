/**
 * `clusterscope analyze`: import, run every registry measure in worker threads, and write one
 * row per actor (`id,label,kind`, then each measure column in registry order) and the
 * graph-level figures as JSON. Reproducible: the same files and seed give the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildAnalysisInput, packAnalysisInput, unpackAnalysisInput } from '../analysis/input.ts';
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
import { progressPrinter } from './progress-line.ts';
import { formatTimings, StageClock } from './stage-clock.ts';

const usage = `Usage: clusterscope analyze <file> [<file>…] [options]

Imports the files like \`inspect\`, computes every measure, and writes one row per actor:
id,label,kind and one column per measure (empty where a measure is undefined for the actor),
numbers with "." decimals and full precision.

Options:
  --out FILE             write the actors table to FILE (default: standard output)
  --summary FILE         write the graph-level figures and summary tables to FILE as JSON
${ANALYSIS_USAGE}
  --quiet                no import report or progress on standard error
  --timings              print the time of each stage (read, build, each measure, write) and
                         each worker thread's busy time on standard error
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
        timings: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const settings = analysisSettingsFrom(values);
    const threads = threadsFrom(values);
    const log = values.quiet ? () => {} : output.stderr;
    const clock = new StageClock();

    const window = timeWindowFrom(values);
    const imported = await clock.time('read', async () =>
      importFiles(await readSourceFiles(positionals), importOptionsFrom(values)),
    );
    const { report } = imported;
    log(formatReport(report));
    if (report.actorCount === 0) return EXIT_NOTHING_USABLE;
    const ecosystem = networkInWindow(imported.ecosystem, values, log);
    if (ecosystem.order === 0) return EXIT_NOTHING_USABLE;

    // The workers and this thread read one copy of the views, in shared memory.
    const packed = await clock.time('build', () =>
      packAnalysisInput(ecosystem, buildAnalysisInput(ecosystem)),
    );
    const input = unpackAnalysisInput(packed);
    const pool = await clock.time('start workers', () => startAnalysisPool(packed, threads));
    const progress = progressPrinter(log);
    const heartbeat = setInterval(() => progress.heartbeat(), 5000);
    let result: AnalysisResult;
    try {
      result = await clock.time('measures', () =>
        runAnalysisInParallel(input, pool.runners, {
          options: measureOptions(settings),
          onProgress: progress.report,
        }),
      );
    } finally {
      clearInterval(heartbeat);
      await pool.close();
    }
    const measureMs = clock.stages.at(-1)?.ms ?? 0;
    log(
      `${MEASURES.length} measure groups on ${input.tie.nodeCount} actors in ${(measureMs / 1000).toFixed(2)} s\n`,
    );

    await clock.time('write', async () => {
      const ids = input.tie.ids;
      const csv = writeNodesCsv(
        ids,
        ids.map((key) => ecosystem.getNodeAttribute(key, 'label')),
        [...input.actors.kind],
        measureColumns(result),
      );
      if (values.out !== undefined) await writeFile(values.out, csv);
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
        await writeFile(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
      }
    });
    if (values.timings) output.stderr(formatTimings(clock, result));
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
