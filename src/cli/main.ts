/**
 * The `clusterscope` command line: a small dispatcher. Each command lives in its own file and
 * exports `command`; registering one is one line in COMMANDS. Modules load on demand, so
 * `inspect` does not pay for what `analyze` imports. Everything it says comes from the catalogs,
 * in the language `--lang` or the environment chooses (language.ts).
 */
import { say, type Translate, type Wording, wordingFor } from '../i18n/i18n.ts';
import { PhrasedError, phrase } from '../i18n/phrase.ts';
import { type CliOutput, type Command, EXIT_NOTHING_USABLE, EXIT_USAGE, UsageError } from './command.ts';
import { chooseLanguage } from './language.ts';
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

/** The commands' names, as typed (their summaries are cli.summary.<name>). */
export const COMMAND_NAMES = [...COMMANDS.keys()];

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(
  argv: string[],
  output: CliOutput = processOutput,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const choice = chooseLanguage(argv, environment);
  const wording = wordingFor(choice.language);
  const { t } = wording;
  if (choice.wrong !== undefined) {
    output.stderr(`clusterscope: ${t('cli.error.lang', { value: choice.wrong })}\n`);
    return EXIT_USAGE;
  }
  const [name, ...args] = choice.args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.stdout(overview(t));
    return name === undefined ? EXIT_USAGE : 0;
  }
  const load = COMMANDS.get(name); // a Map: "constructor" or "__proto__" is no command
  if (!load) {
    output.stderr(`clusterscope: ${t('cli.error.command', { name })}\n\n${overview(t)}`);
    return EXIT_USAGE;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    output.stdout(command.usage(wording));
    return 0;
  }
  try {
    return await command.run(args, output, wording);
  } catch (thrown) {
    return failed(thrown, command, output, wording);
  }
}

function failed(thrown: unknown, command: Command, output: CliOutput, wording: Wording): number {
  const said = (error: PhrasedError) => `clusterscope ${command.name}: ${say(wording.t, error.phrase)}\n`;
  if (thrown instanceof OutputPathError) {
    output.stderr(said(thrown));
    return EXIT_USAGE;
  }
  if (thrown instanceof UsageError) {
    output.stderr(`${said(thrown)}\n${command.usage(wording)}`);
    return EXIT_USAGE;
  }
  if (isParseArgsError(thrown)) {
    output.stderr(`${said(parseArgsProblem(thrown as Error))}\n${command.usage(wording)}`);
    return EXIT_USAGE;
  }
  if (thrown instanceof OutputError) {
    output.stderr(said(thrown));
    return EXIT_NOTHING_USABLE;
  }
  throw thrown;
}

/** node's util.parseArgs reports a wrong command line with these codes. */
function isParseArgsError(thrown: unknown): boolean {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** parseArgs says what is wrong in English; the option it names is said in the person's language. */
function parseArgsProblem(thrown: Error): PhrasedError {
  const code = (thrown as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(thrown.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('cli.error.unknownOption', { option });
  if (/argument missing/.test(thrown.message)) return new UsageError('cli.error.needsValue', { option });
  if (/does not take an argument/.test(thrown.message))
    return new UsageError('cli.error.takesNoValue', { option });
  return new PhrasedError(phrase('cli.error.commandLine', { detail: thrown.message }));
}

function overview(t: Translate): string {
  const commands = [...COMMANDS.keys()].map((name) => `  ${name.padEnd(10)} ${t(`cli.summary.${name}`)}`);
  return t('cli.usage.overview', { commands: commands.join('\n') });
}
