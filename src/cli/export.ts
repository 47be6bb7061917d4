/**
 * `clusterscope export`: a network in another tool's format. Formats are entries of FORMATS:
 * one function from the loaded network to the files it writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { unpackAnalysisInput } from '../analysis/input.ts';
import type { AnalysisInput } from '../analysis/types.ts';
import { parquetActors, parquetTies } from '../io/write-parquet.ts';
import type { FieldValue } from '../model/fields.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { type LoadedNetwork, loadNetwork } from './load-network.ts';

interface Format {
  readonly summary: string;
  /** Writes into `out` (a folder); returns the paths written. */
  write(network: LoadedNetwork, input: AnalysisInput, out: string): Promise<string[]>;
}

const FORMATS = new Map<string, Format>([
  [
    'parquet',
    {
      summary:
        'actors.parquet (id, label, kind, fields) and ties.parquet (src, dst, strength): Spark GraphFrames, Neo4j',
      async write(network, input, out) {
        const fields = new Map<string, readonly FieldValue[]>();
        for (const name of Object.keys(network.packed.fields)) fields.set(name, input.actors.field(name));
        const tables = {
          ids: input.tie.ids,
          labels: network.labels,
          kinds: input.actors.kind,
          fields,
          flow: input.flow,
        };
        const actors = join(out, 'actors.parquet');
        const ties = join(out, 'ties.parquet');
        await writeFile(actors, new Uint8Array(parquetActors(tables)));
        await writeFile(ties, new Uint8Array(parquetTies(tables)));
        return [actors, ties];
      },
    },
  ],
]);

const usage = `Usage: clusterscope export <file> [<file>…] --format FORMAT --out FOLDER [options]

Imports the files like \`inspect\` and writes the network in another format.

Formats:
${[...FORMATS].map(([name, format]) => `  ${name.padEnd(10)} ${format.summary}`).join('\n')}

Options:
  --format FORMAT        one of ${[...FORMATS.keys()].join(', ')}
  --parquet              short for --format parquet
  --out FOLDER           folder to write into (created when missing)
  --columnar             read CSV tables as columns (the default above 48 MB)
  --full-import          use the full importer whatever the size
  --quiet                no import report on standard error
${IMPORT_USAGE}
  -h, --help             show this help
`;

export const command: Command = {
  name: 'export',
  summary: 'write the network in another format (Parquet for GraphFrames and Neo4j)',
  usage,
  async run(args, output) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        parquet: { type: 'boolean' },
        out: { type: 'string' },
        columnar: { type: 'boolean' },
        'full-import': { type: 'boolean' },
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    if (values.parquet && values.format !== undefined && values.format !== 'parquet')
      throw new UsageError(`--parquet and --format ${values.format} contradict each other`);
    const name = values.parquet ? 'parquet' : values.format;
    if (name === undefined) throw new UsageError(`give --format (${[...FORMATS.keys()].join(', ')})`);
    const format = FORMATS.get(name);
    if (!format)
      throw new UsageError(`--format must be one of ${[...FORMATS.keys()].join(', ')} (got "${name}")`);
    if (values.out === undefined) throw new UsageError('give --out FOLDER');
    const log = values.quiet ? () => {} : output.stderr;
    const mode = values.columnar ? 'columnar' : values['full-import'] ? 'full' : 'auto';
    const network = await loadNetwork(positionals, importOptionsFrom(values), mode, log);
    log(network.reportText);
    if (network.actorCount === 0) return EXIT_NOTHING_USABLE;
    await mkdir(values.out, { recursive: true });
    const written = await format.write(network, unpackAnalysisInput(network.packed), values.out);
    log(`written: ${written.join(', ')}\n`);
    return EXIT_OK;
  },
};
