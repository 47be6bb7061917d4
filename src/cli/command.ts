/** What every `clusterscope` command is: a name, a usage text and a run function returning the exit code. */

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `clusterscope --help`. */
  summary: string;
  /** The full text for `clusterscope <name> --help`. */
  usage: string;
  run(args: string[], output: CliOutput): Promise<number>;
}

/** Exit codes (design guide §5): a graph was built; nothing usable; the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_NOTHING_USABLE = 1;
export const EXIT_USAGE = 2;

/** Thrown for a wrong command line; main prints the message and the usage, and exits with 2. */
export class UsageError extends Error {}
