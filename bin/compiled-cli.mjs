// The CLI compiled once into plain JavaScript. Through tsx, every start compiles the CLI's
// TypeScript modules again, in the main thread and once more in each worker thread of an
// analysis: `clusterscope analyze` on a three-row file took 1.2 s, nearly all of it loading code.
// The compiled copy starts in a fraction of that.
//
// The copy lives in node_modules/.cache/clusterscope-cli/<key>. The key sums the path, size and
// modification time of every file the CLI is built from, so any edit, checkout or added file
// gives a new key and a new copy; an old copy is never run. Packages stay outside the bundle and
// load from node_modules as usual. Where the copy cannot be made (no esbuild, a read-only
// install), `compiledCli` returns null and the caller runs the TypeScript through tsx instead.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE = join(ROOT, 'node_modules', '.cache', 'clusterscope-cli');
/** What the CLI's code is made of: its sources, the data it imports, and this recipe. */
const SOURCES = ['src', 'data/geo', 'sample-networks/manifest.json', 'tsconfig.json', 'bin/compiled-cli.mjs'];

function* filesUnder(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return;
  if (!stats.isDirectory()) {
    yield [path, stats];
    return;
  }
  for (const name of readdirSync(path).sort()) yield* filesUnder(join(path, name));
}

function sourceKey() {
  const hash = createHash('sha256');
  for (const source of SOURCES)
    for (const [path, stats] of filesUnder(join(ROOT, source)))
      hash.update(`${relative(ROOT, path)}\0${stats.size}\0${stats.mtimeMs}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The CLI's worker threads: src/cli/<name>.ts, started from src/cli/<name>-entry.mjs. */
const WORKERS = ['analysis-worker', 'load-worker'];

async function compile(into) {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: 'src/cli/main.ts',
      ...Object.fromEntries(WORKERS.map((worker) => [worker, `src/cli/${worker}.ts`])),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: into,
    outExtension: { '.js': '.mjs' },
    // Stack traces name the TypeScript files under `node --enable-source-maps`.
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  // The CLI starts each worker from `./<worker>-entry.mjs` beside the module that starts it; in
  // the compiled copy the worker's code needs no loader, so the entry only imports it.
  for (const worker of WORKERS)
    writeFileSync(join(into, `${worker}-entry.mjs`), `import './${worker}.mjs';\n`);
}

/**
 * Other copies go once they are an hour old: a command still running from one started long ago
 * has loaded what it needs, and one started within the hour may still load a chunk from it.
 */
function pruneCopiesBut(key) {
  const old = Date.now() - 3600_000;
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (name !== key && stats && stats.mtimeMs < old) rmSync(path, { recursive: true, force: true });
  }
}

/** The URL of the compiled CLI's main module, compiling it first where the sources changed; null when it cannot be had. */
export async function compiledCli() {
  try {
    const key = sourceKey();
    const home = join(CACHE, key);
    const main = join(home, 'main.mjs');
    if (!existsSync(main)) {
      // Compiled aside and renamed into place, so that commands started together (a test run)
      // never load a half-written copy: the first rename wins, the others drop theirs.
      const aside = join(CACHE, `.${key}-${randomBytes(6).toString('hex')}`);
      mkdirSync(aside, { recursive: true });
      try {
        await compile(aside);
        renameSync(aside, home);
      } catch (error) {
        rmSync(aside, { recursive: true, force: true });
        if (!existsSync(main)) throw error;
      }
      pruneCopiesBut(key);
    }
    return pathToFileURL(main).href;
  } catch {
    return null;
  }
}
