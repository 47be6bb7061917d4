/**
 * `clusterscope export`: import files and write the network in a format other tools read —
 * Pajek (with partitions and vectors beside it), UCINET DL or GML, or Parquet for Spark
 * GraphFrames and Neo4j (export-parquet.ts). Measures asked for as a partition or vector are
 * computed with the same registry and seed as `analyze`.
 */
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAnalysisInput } from '../analysis/input.ts';
import { isOutputId, MEASURES, measureOfOutput } from '../analysis/registry.ts';
import { runAnalysis } from '../analysis/runner.ts';
import { measureOptions } from '../analysis/settings.ts';
import { importFiles } from '../io/index.ts';
import { writeDl } from '../io/write-dl.ts';
import { writeGml } from '../io/write-gml.ts';
import { type PajekValuesToWrite, writePajek } from '../io/write-pajek.ts';
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { exportParquet } from './export-parquet.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

const FORMATS = ['pajek', 'dl', 'gml', 'parquet'] as const;
type ExportFormat = (typeof FORMATS)[number];

export const command: Command = {
  name: 'export',
  usage: ({ t }) =>
    t('cli.usage.export', {
      measures: MEASURES.flatMap((measure) => measure.outputs.map((output) => output.id))
        .slice(0, 6)
        .join(', '),
      importOptions: importUsage(t),
    }),
  async run(args, output, wording) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        partition: { type: 'string', multiple: true },
        vector: { type: 'string', multiple: true },
        seed: { type: 'string' },
        quiet: { type: 'boolean' },
        parquet: { type: 'boolean' },
        columnar: { type: 'boolean' },
        'full-import': { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    if (values.parquet && values.format !== undefined && values.format.toLowerCase() !== 'parquet')
      throw new UsageError('cli.error.parquetFormat', { format: values.format });
    const format = values.parquet ? 'parquet' : values.format?.toLowerCase();
    if (!FORMATS.includes(format as ExportFormat))
      throw new UsageError('cli.error.format', { value: values.format ?? '' });
    if (values.out === undefined) throw new UsageError('cli.error.give', { flag: '--out FILE' });
    if (values.columnar && values['full-import'])
      throw new UsageError('cli.error.notBoth', { a: '--columnar', b: '--full-import' });
    if (format === 'parquet') {
      const mode = values.columnar ? 'columnar' : values['full-import'] ? 'full' : 'auto';
      return exportParquet(
        positionals,
        importOptionsFrom(values),
        mode,
        values.out,
        output,
        values.quiet ?? false,
        wording,
      );
    }
    const partitions = values.partition ?? [];
    const vectors = values.vector ?? [];
    if (format !== 'pajek' && partitions.length + vectors.length > 0)
      throw new UsageError('cli.error.pajekOnly');
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isFinite(seed))
      throw new UsageError('cli.error.number', { flag: '--seed', value: values.seed ?? '', minimum: 'none' });
    const companions = [
      ...partitions.map((name) => companionPath(values.out as string, name, 'clu')),
      ...vectors.map((name) => companionPath(values.out as string, name, 'vec')),
    ];
    for (const path of [values.out, ...companions]) await checkOutputPath('--out', path);

    const files = await readSourceFiles(positionals);
    const { ecosystem, report, layout } = await importFiles(files, importOptionsFrom(values));
    if (!values.quiet) output.stderr(formatReport(report, wording));
    if (report.outcome.status === 'failed') return EXIT_NOTHING_USABLE;
    const options = { positions: layout.positions };
    if (format === 'dl') await writeOutput('--out', values.out, writeDl(ecosystem));
    else if (format === 'gml') await writeOutput('--out', values.out, writeGml(ecosystem, options));
    else {
      const columns = actorValues(ecosystem, [...partitions, ...vectors], seed);
      const written = writePajek(ecosystem, {
        ...options,
        partitions: partitions.map((name) => ({ name, values: columns.get(name) ?? new Map() })),
        vectors: vectors.map((name) => ({ name, values: columns.get(name) ?? new Map() })),
      });
      await writeOutput('--out', values.out, written.net);
      for (const [k, { text }] of [...written.partitions, ...written.vectors].entries())
        await writeOutput('--out', companions[k], text);
    }
    if (!values.quiet) {
      const files = [values.out, ...companions].join(', ');
      output.stderr(
        `${wording.t('cli.log.wrote', { files, actors: ecosystem.order, relations: ecosystem.size })}\n`,
      );
    }
    return EXIT_OK;
  },
};

/** `net/ecosystem.net` with partition `community` → `net/ecosystem-community.clu`. */
function companionPath(out: string, name: string, extension: string): string {
  const stem = basename(out, extname(out));
  const safe = name.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  return join(dirname(out), `${stem}-${safe}.${extension}`);
}

/** Per-actor values by name: measures (computed once, seeded) or actor fields. */
function actorValues(
  ecosystem: Ecosystem,
  names: readonly string[],
  seed: number | undefined,
): Map<string, PajekValuesToWrite['values']> {
  const columns = new Map<string, PajekValuesToWrite['values']>();
  const outputs = names.filter(isOutputId);
  if (outputs.length > 0) {
    const wanted = [...new Set(outputs.map(measureOfOutput))];
    const input = buildAnalysisInput(ecosystem);
    const result = runAnalysis(input, { measures: wanted, options: measureOptions({ seed }) });
    for (const name of outputs) {
      const column = result.columns[name];
      if (!column) continue;
      columns.set(name, new Map(input.tie.ids.map((key, i) => [actorId(key), column[i]])));
    }
  }
  for (const name of names) {
    if (columns.has(name)) continue;
    let found = false;
    const values = new Map<string, number | string | boolean | null | undefined>();
    ecosystem.forEachNode((key, attributes) => {
      const value =
        name === 'kind' ? attributes.kind : name === 'label' ? attributes.label : attributes.fields[name];
      if (value !== undefined) found = true;
      values.set(actorId(key), value);
    });
    if (!found) throw new UsageError('cli.error.notMeasureOrField', { name });
    columns.set(name, values);
  }
  return columns;
}
