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
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

const FORMATS = ['pajek', 'dl', 'gml', 'parquet'] as const;
type ExportFormat = (typeof FORMATS)[number];

const usage = `Usage: clusterscope export <file> [<file>…] --format pajek|dl|gml|parquet --out FILE [options]

Imports the files like \`inspect\` and writes the network for other tools:
  pajek   a Pajek .net (labels, positions when the files had them, arcs and edges with
          their strengths, one numbered relation per relation kind); each --partition is
          written beside it as FILE-NAME.clu and each --vector as FILE-NAME.vec
  dl      a UCINET DL edge list (one matrix per relation kind)
  gml     GML with labels, kinds, fields, positions and strengths (NetworkX, igraph, Gephi,
          yEd, Cytoscape read it)
  parquet actors.parquet (id, label, kind, fields) and ties.parquet (src, dst, strength) in the
          folder --out names: Spark GraphFrames and Neo4j's import read them; large CSV tables
          are read as columns (--columnar, --full-import as for analyze)

Options:
  --format F             pajek, dl, gml or parquet
  --parquet              short for --format parquet
  --out FILE             the file to write (a folder for parquet)
  --partition NAME       (pajek) a partition: "community" (Louvain, seeded) or an actor field
                         such as kind or region; may be given more than once
  --vector NAME          (pajek) a vector: a measure (${MEASURES.flatMap((measure) =>
    measure.outputs.map((output) => output.id),
  )
    .slice(0, 6)
    .join(', ')}, …) or a numeric field
  --seed N               random seed for communities (default: 42)
  --quiet                no import report on standard error
${IMPORT_USAGE}
  -h, --help             show this help

Exit code 0 when the file was written, 1 when the import failed or a file could not be
written, 2 when the command line is wrong.
`;

export const command: Command = {
  name: 'export',
  summary: 'write the network as Pajek (.net/.clu/.vec), UCINET DL, GML or Parquet',
  usage,
  async run(args, output) {
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
    if (positionals.length === 0) throw new UsageError('name at least one file');
    if (values.parquet && values.format !== undefined && values.format.toLowerCase() !== 'parquet')
      throw new UsageError(`--parquet and --format ${values.format} contradict each other`);
    const format = values.parquet ? 'parquet' : values.format?.toLowerCase();
    if (!FORMATS.includes(format as ExportFormat))
      throw new UsageError(`--format must be pajek, dl, gml or parquet (got "${values.format ?? ''}")`);
    if (values.out === undefined) throw new UsageError('--out FILE is required');
    if (values.columnar && values['full-import'])
      throw new UsageError('give --columnar or --full-import, not both');
    if (format === 'parquet') {
      const mode = values.columnar ? 'columnar' : values['full-import'] ? 'full' : 'auto';
      return exportParquet(
        positionals,
        importOptionsFrom(values),
        mode,
        values.out,
        output,
        values.quiet ?? false,
      );
    }
    const partitions = values.partition ?? [];
    const vectors = values.vector ?? [];
    if (format !== 'pajek' && partitions.length + vectors.length > 0)
      throw new UsageError('--partition and --vector go with --format pajek');
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isFinite(seed))
      throw new UsageError(`--seed must be a number (got "${values.seed}")`);
    const companions = [
      ...partitions.map((name) => companionPath(values.out as string, name, 'clu')),
      ...vectors.map((name) => companionPath(values.out as string, name, 'vec')),
    ];
    for (const path of [values.out, ...companions]) await checkOutputPath('--out', path);

    const files = await readSourceFiles(positionals);
    const { ecosystem, report, layout } = await importFiles(files, importOptionsFrom(values));
    if (!values.quiet) output.stderr(formatReport(report));
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
    if (!values.quiet)
      output.stderr(
        `Wrote ${[values.out, ...companions].join(', ')} (${ecosystem.order} actors, ${ecosystem.size} relations)\n`,
      );
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
    if (!found) throw new UsageError(`"${name}" is neither a measure nor a field of these actors`);
    columns.set(name, values);
  }
  return columns;
}
