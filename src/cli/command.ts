/** What every `clusterscope` command is: a name, a usage text and a run function returning the exit code. */
import type { Wording } from '../i18n/i18n.ts';
import { PhrasedError, type PhraseValues, phrase } from '../i18n/phrase.ts';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  /** The word typed (never translated); its one-line summary is the catalog's cli.summary.<name>. */
  name: string;
  /** The full text for `clusterscope <name> --help`, in the person's language. */
  usage(wording: Wording): string;
  run(args: string[], output: CliOutput, wording: Wording): Promise<number>;
}

/** Exit codes (design guide §5): a graph was built; nothing usable; the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_NOTHING_USABLE = 1;
export const EXIT_USAGE = 2;

/**
 * Thrown for a wrong command line, as a catalog key and its values; main says it in the
 * person's language, prints the usage, and exits with 2.
 */
export class UsageError extends PhrasedError {
  constructor(key: string, values?: PhraseValues) {
    super(phrase(key, values));
  }
}
