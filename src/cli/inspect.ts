/** `clusterscope inspect`: import only, and print what the import found. */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importFiles, rejectedRowsCsv } from '../io/index.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';

const usage = `Usage: clusterscope inspect <file> [<file>…] [options]

Imports the files (CSV, XLSX, GEXF, GraphML, graphology JSON or a project file) and prints the
import report: actors and relations by kind, names merged, warnings and errors with file, row
and column. Exit code 0 when a graph was built (warnings allowed), 1 when nothing usable was
found, 2 when the command line is wrong.

Options:
  --json                 print the report as JSON
${IMPORT_USAGE}
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
        ...IMPORT_FLAGS,
        rejected: { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const options = importOptionsFrom(values);
    const files = await readSourceFiles(positionals);
    const { report } = await importFiles(files, options);
    if (values.rejected !== undefined)
      await writeFile(values.rejected, rejectedRowsCsv(report, { byteOrderMark: true }));
    output.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.actorCount > 0 ? EXIT_OK : EXIT_NOTHING_USABLE;
  },
};
