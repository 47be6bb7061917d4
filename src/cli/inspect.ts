/** `clusterscope inspect`: import only, and print what the import found. */
import { parseArgs } from 'node:util';
import { importFiles, rejectedRowsCsv } from '../io/index.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

export const command: Command = {
  name: 'inspect',
  usage: ({ t }) => t('cli.usage.inspect', { importOptions: importUsage(t) }),
  async run(args, output, wording) {
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
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    const options = importOptionsFrom(values);
    if (values.rejected !== undefined) await checkOutputPath('--rejected', values.rejected);
    const files = await readSourceFiles(positionals);
    const { report } = await importFiles(files, options);
    if (values.rejected !== undefined)
      await writeOutput('--rejected', values.rejected, rejectedRowsCsv(report, { byteOrderMark: true }));
    output.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, wording));
    return report.outcome.status === 'failed' ? EXIT_NOTHING_USABLE : EXIT_OK;
  },
};
