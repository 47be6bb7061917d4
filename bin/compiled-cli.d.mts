/** The URL of the compiled CLI's main module, compiling it first where the sources changed; null when it cannot be had. */
export function compiledCli(): Promise<string | null>;
