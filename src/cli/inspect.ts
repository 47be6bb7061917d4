/** `clusterscope inspect`: import only, and print what the import found. */
import { parseArgs } from 'node:util';
import { importFiles, rejectedRowsCsv } from '../io/index.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

const usage = `Usage: clusterscope inspect <file> [<file>…] [options]

Imports the files and prints the import report: actors and relations by kind, names merged,
each file's rows kept and left out, warnings and errors with file, row and column. Reads CSV and
TSV tables, XLSX workbooks, GEXF, GraphML (yEd included), Pajek .net/.paj/.clu/.vec, GML,
UCINET DL, Cytoscape XGMML/CX/JSON, graphology JSON (sigma.js, Gephi Lite), Kumu JSON,
NetworkX node-link JSON and edge lists, and project files; the format is told by content.
Exit code 0 when a graph was built (warnings allowed), 1 when the import failed (nothing usable,
or most relation rows unreadable), 2 when the command line is wrong.

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
    if (values.rejected !== undefined) await checkOutputPath('--rejected', values.rejected);
    const files = await readSourceFiles(positionals);
    const { report } = await importFiles(files, options);
    if (values.rejected !== undefined)
      await writeOutput('--rejected', values.rejected, rejectedRowsCsv(report, { byteOrderMark: true }));
    output.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.outcome.status === 'failed' ? EXIT_NOTHING_USABLE : EXIT_OK;
  },
};
