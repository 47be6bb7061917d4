/**
 * `clusterscope analyze`: import, run every registry measure in worker threads, and write one
 * row per actor (`id,label,kind`, then each measure column in registry order) and the
 * graph-level figures as JSON. Reproducible: the same files and seed give the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { unpackAnalysisInput } from '../analysis/input.ts';
import { type AnalysisResult, columnsInRegistryOrder, runAnalysisInParallel } from '../analysis/runner.ts';
import { measureOptions } from '../analysis/settings.ts';
import type { MeasureColumn } from '../io/index.ts';
import { actorId } from '../model/ecosystem.ts';
import {
  ANALYSIS_FLAGS,
  analysisSettingsFrom,
  analysisUsage,
  measureOptionsUsage,
  measuresFrom,
  threadsFrom,
  timeWindowFrom,
} from './analysis-flags.ts';
import { spawnAnalysisPool } from './analysis-pool.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, EXIT_USAGE, UsageError } from './command.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { loadNetwork } from './load-network.ts';
import { checkOutputPath, outputError, writeOutput } from './output-paths.ts';
import { exactPathsProblem } from './path-budget.ts';
import { progressPrinter } from './progress-line.ts';
import { formatTimings, StageClock, timingsJson } from './stage-clock.ts';
import { formatRowsHere, openFileWriter, type TableWrite, writeNodesTableWith } from './write-nodes.ts';

export const command: Command = {
  name: 'analyze',
  usage: (wording) =>
    wording.t('cli.usage.analyze', {
      analysisOptions: analysisUsage(wording.t),
      importOptions: importUsage(wording.t),
      measureOptions: measureOptionsUsage(wording),
    }),
  async run(args, output, wording) {
    const { t } = wording;
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
        'timings-json': { type: 'string' },
        columnar: { type: 'boolean' },
        'full-import': { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    if (values.columnar && values['full-import'])
      throw new UsageError('cli.error.notBoth', { a: '--columnar', b: '--full-import' });
    const settings = analysisSettingsFrom(values);
    const measures = measuresFrom(values);
    const threads = threadsFrom(values) ?? availableParallelism();
    const log = values.quiet ? () => {} : output.stderr;
    const clock = new StageClock();
    const mode = values.columnar ? 'columnar' : values['full-import'] ? 'full' : 'auto';
    // Where the results go is checked before any work: a missing folder or a full disk is said now.
    if (values.out !== undefined) await checkOutputPath('--out', values.out);
    if (values.summary !== undefined) await checkOutputPath('--summary', values.summary);

    // The workers load their code while the files are read.
    const workers = spawnAnalysisPool(threads);
    try {
      // Read and build: the views go straight into shared memory, which the workers and this thread read.
      const window = timeWindowFrom(values);
      const network = await clock.time('read and build', () =>
        loadNetwork(positionals, importOptionsFrom(values), mode, log, wording, { window }),
      );
      log(network.reportText);
      if (network.failed) return EXIT_NOTHING_USABLE;
      // About 30 columns of up to 24 characters per actor.
      if (values.out !== undefined) await checkOutputPath('--out', values.out, network.actorCount * 30 * 24);
      const input = unpackAnalysisInput(network.packed);
      const exactPaths =
        measures.some((measure) => measure.id === 'paths') && !(settings.sample && settings.sample > 0);
      if (exactPaths && !values.exact) {
        const problem = exactPathsProblem(input.tie.nodeCount, input.tie.tieCount, threads, wording);
        if (problem) {
          output.stderr(`clusterscope analyze: ${problem}\n`);
          return EXIT_USAGE;
        }
      }

      const pool = await clock.time('start workers', () => workers.start(network.packed));
      const progress = progressPrinter(log, wording);
      const heartbeat = setInterval(() => progress.heartbeat(), 5000);
      let result: AnalysisResult;
      try {
        result = await clock.time('measures', () =>
          runAnalysisInParallel(input, pool.runners, {
            measures,
            options: measureOptions(settings, measures),
            onProgress: progress.report,
          }),
        );
      } finally {
        // The workers stay for the write, and stop with the command (below).
        clearInterval(heartbeat);
      }
      const measureMs = clock.stages.at(-1)?.ms ?? 0;
      const done = { groups: measures.length, actors: input.tie.nodeCount, seconds: measureMs / 1000 };
      log(`${t('cli.log.measured', done)}\n`);

      await clock.time('write', async () => {
        const ids = input.tie.ids;
        // One worker formats no faster than this thread, which then need not send it the rows.
        const formatters = pool.formatters.length > 1 ? pool.formatters : [formatRowsHere];
        const table = (write: TableWrite) =>
          writeNodesTableWith(
            formatters,
            write,
            ids,
            network.labels,
            input.actors.kind,
            measureColumns(result),
          );
        if (values.out !== undefined) {
          const out = values.out;
          try {
            const file = openFileWriter(out);
            try {
              await table(file.write);
            } finally {
              file.close();
            }
          } catch (thrown) {
            throw outputError('--out', out, thrown);
          }
        } else {
          const decoder = new TextDecoder();
          await table((chunk) => output.stdout(typeof chunk === 'string' ? chunk : decoder.decode(chunk)));
        }
        if (values.summary !== undefined) {
          const summary = {
            files: positionals,
            settings: { ...settings, localBy: settings.localBy ?? 'region' },
            ...(window ? { window } : {}),
            actors: network.actorCount,
            relations: network.relationCount,
            graph: result.graph,
            tables: tablesWithIds(result, ids),
          };
          await writeOutput('--summary', values.summary, `${JSON.stringify(summary, null, 2)}\n`);
        }
      });
      if (values.timings) output.stderr(formatTimings(clock, result, wording));
      if (values['timings-json'] !== undefined)
        await writeFile(
          values['timings-json'],
          `${JSON.stringify(timingsJson(clock, result, threads, network))}\n`,
        );
      return EXIT_OK;
    } finally {
      await workers.close();
    }
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
