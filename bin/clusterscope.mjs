#!/usr/bin/env node
// The `clusterscope` command. The CLI is written in TypeScript; tsx (a runtime dependency)
// compiles it on the fly, so `npx clusterscope …` works right after `npm install`, no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
