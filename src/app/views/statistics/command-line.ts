/**
 * The `clusterscope test` command line that gives the same result as the Statistics view, for a
 * methods section or a script: the shared flags where the command has one (cli/test-plan.ts:
 * --permutations, --seed, --field, --relations, --predictors, --valued), `--option test.name=value`
 * for any other option that differs from its default.
 */
import type { AnyTest, TestOptionSpec } from '../../../analysis/statistics/types.ts';
import type { TestRequest } from '../../pipeline/statistics-job.ts';

/** Quotes a word for a POSIX shell when it holds anything but plain characters. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The words after `clusterscope test <files>` that set the request's options. */
export function testFlags(test: AnyTest, request: TestRequest): string[] {
  const { options } = request;
  const words = ['--test', test.id];
  const covered = new Set<string>();
  const flag = (name: string, flagName: string) => {
    if (!Object.hasOwn(options, name)) return;
    const value = String(options[name]);
    // A value that starts with a dash (a negative seed) would read as another flag.
    if (value.startsWith('-')) words.push(`${flagName}=${value}`);
    else words.push(flagName, value);
    covered.add(name);
  };
  flag('permutations', '--permutations');
  flag('seed', '--seed');
  flag('field', '--field');
  flag('groupBy', '--field');
  if (test.id === 'qap-correlation') flag('relations', '--relations');
  if (test.id === 'mrqap') {
    flag('dependent', '--relations');
    flag('predictors', '--predictors');
  }
  if (Object.hasOwn(options, 'valued')) {
    if (options.valued === true) words.push('--valued');
    covered.add('valued');
  }
  for (const [name, spec] of Object.entries(test.options as Record<string, TestOptionSpec>)) {
    if (covered.has(name) || !Object.hasOwn(options, name) || options[name] === spec.default) continue;
    words.push('--option', `${test.id}.${name}=${String(options[name])}`);
  }
  return words;
}

export function testCommandLine(test: AnyTest, request: TestRequest, fileNames: readonly string[]): string {
  return ['npx', 'clusterscope', 'test', ...fileNames, ...testFlags(test, request)].map(shellWord).join(' ');
}
