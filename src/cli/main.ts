/**
 * The `clusterscope` command line: a small dispatcher. Each command lives in its own file and
 * exports `command`; registering one is one line in COMMANDS. Modules load on demand, so
 * `inspect` does not pay for what `analyze` imports.
 */
import { type CliOutput, type Command, EXIT_NOTHING_USABLE, EXIT_USAGE, UsageError } from './command.ts';
import { OutputError, OutputPathError } from './output-paths.ts';

const COMMANDS = new Map<string, () => Promise<{ command: Command }>>([
  ['inspect', () => import('./inspect.ts')],
  ['analyze', () => import('./analyze.ts')],
  ['suggest', () => import('./suggest.ts')],
  ['compare', () => import('./compare.ts')],
  ['export', () => import('./export.ts')],
  ['aggregate', () => import('./aggregate.ts')],
  ['ego', () => import('./ego.ts')],
  ['test', () => import('./test.ts')],
  ['reproduce', () => import('./reproduce.ts')],
]);

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.stdout(await overview());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const load = COMMANDS.get(name); // a Map: "constructor" or "__proto__" is no command
  if (!load) {
    output.stderr(`clusterscope: unknown command "${name}"\n\n${await overview()}`);
    return EXIT_USAGE;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    output.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(args, output);
  } catch (thrown) {
    if (thrown instanceof OutputPathError) {
      output.stderr(`clusterscope ${name}: ${thrown.message}\n`);
      return EXIT_USAGE;
    }
    if (thrown instanceof UsageError || isParseArgsError(thrown)) {
      output.stderr(`clusterscope ${name}: ${(thrown as Error).message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    if (thrown instanceof OutputError) {
      output.stderr(`clusterscope ${name}: ${thrown.message}\n`);
      return EXIT_NOTHING_USABLE;
    }
    throw thrown;
  }
}

/** node's util.parseArgs reports a wrong command line with these codes. */
function isParseArgsError(thrown: unknown): boolean {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

async function overview(): Promise<string> {
  const lines = ['Usage: clusterscope <command> [options]', '', 'Commands:'];
  for (const load of COMMANDS.values()) {
    const { command } = await load();
    lines.push(`  ${command.name.padEnd(10)} ${command.summary}`);
  }
  lines.push('', 'Run `clusterscope <command> --help` for its options.', '');
  return lines.join('\n');
}
