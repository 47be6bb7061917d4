/** `clusterscope inspect`: import only, and print what the import found. */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importFiles, rejectedRowsCsv } from '../io/index.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { decimalOption, delimiterOption, encodingOption, readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';

const usage = `Usage: clusterscope inspect <file> [<file>…] [options]

Imports the files (CSV, XLSX, GEXF, GraphML, graphology JSON or a project file) and prints the
import report: actors and relations by kind, names merged, warnings and errors with file, row
and column. Exit code 0 when a graph was built (warnings allowed), 1 when nothing usable was
found, 2 when the command line is wrong.

Options:
  --json                 print the report as JSON
  --merge-similar        also merge probable duplicate names (default: only names equal after
                         normalisation of case, accents, punctuation and legal forms)
  --symmetrise MODE      survey ties: union (default) or reciprocated
  --delimiter X          , ; tab or | (default: sniffed)
  --decimal X            . or , (default: sniffed)
  --encoding X           utf-8, windows-1252, utf-16le, utf-16be (default: sniffed)
  --rejected FILE        write the rows left out of the graph to FILE as CSV
  -h, --help             show this help
`;

export const command: Command = {
  name: 'inspect',
  summary: 'import files and print the import report',
  usage,
  async run(args, output) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        'merge-similar': { type: 'boolean' },
        symmetrise: { type: 'string' },
        delimiter: { type: 'string' },
        decimal: { type: 'string' },
        encoding: { type: 'string' },
        rejected: { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const symmetrise = values.symmetrise ?? 'union';
    if (symmetrise !== 'union' && symmetrise !== 'reciprocated')
      throw new UsageError(`--symmetrise must be union or reciprocated (got "${symmetrise}")`);
    const options = {
      delimiter: delimiterOption(values.delimiter),
      decimalMark: decimalOption(values.decimal),
      encoding: encodingOption(values.encoding),
      mergeSimilar: values['merge-similar'] ?? false,
      symmetrise: symmetrise as 'union' | 'reciprocated',
    };
    const files = await readSourceFiles(positionals);
    const { report } = await importFiles(files, options);
    if (values.rejected !== undefined)
      await writeFile(values.rejected, rejectedRowsCsv(report, { byteOrderMark: true }));
    output.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.actorCount > 0 ? EXIT_OK : EXIT_NOTHING_USABLE;
  },
};
