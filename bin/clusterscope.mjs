#!/usr/bin/env node
// The `clusterscope` command. The CLI is written in TypeScript. It runs from a compiled copy that
// is made on the first start after any change (compiled-cli.mjs says why and how); where no copy
// can be made, tsx (a runtime dependency) compiles it on the fly. Either way `npx clusterscope …`
// works right after `npm install`, with no build step.
import { compiledCli } from './compiled-cli.mjs';

const compiled = await compiledCli();
let main;
if (compiled) {
  ({ main } = await import(compiled));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('../src/cli/main.ts', import.meta.url).href));
}
process.exitCode = await main(process.argv.slice(2));
