/**
 * One workload in its own process, so that peak memory (maxRSS) belongs to this workload only:
 * CSV bytes → Ecosystem through src/io (as `clusterscope analyze` reads files), the tie and
 * flow views, then the whole registry bundle: in this thread (`runAnalysis`), then on a pool of
 * worker threads as the CLI runs it. Writes a JSON report to --out.
 *
 *   node --import tsx bench/workload.ts --tables DIR --out FILE [--sample K] [--seed N] [--warm-imports N] [--skip-parallel]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAnalysisInput } from '../src/analysis/input.ts';
import { importFiles, type SourceFile } from '../src/io/index.ts';
import { readColumnarNetwork } from '../src/io/stream-network.ts';
import { buildViewsFromArcs } from '../src/model/views.ts';
import { runBundle, samplingOptions } from './ours/measures.ts';
import { runBundleInParallel } from './ours/parallel.ts';
import type { WorkloadReport } from './report-types.ts';

const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    tables: { type: 'string' },
    out: { type: 'string' },
    sample: { type: 'string', default: '0' },
    seed: { type: 'string', default: '42' },
    'warm-imports': { type: 'string', default: '0' },
    'skip-parallel': { type: 'boolean', default: false },
  },
});
if (!values.tables || !values.out) throw new Error('workload.ts needs --tables DIR and --out FILE');
const tablesDir = values.tables;
const sample = Number(values.sample);
const seed = Number(values.seed);

const files: SourceFile[] = await Promise.all(
  ['actors.csv', 'relations.csv'].map(async (name) => ({
    name,
    bytes: new Uint8Array(await readFile(join(tablesDir, name))),
  })),
);

let started = performance.now();
const imported = await importFiles(files);
const importMs = performance.now() - started;
const { ecosystem } = imported;

started = performance.now();
const input = buildAnalysisInput(ecosystem);
const viewsMs = performance.now() - started;

// The columnar path (what `analyze --columnar` and files above 48 MB take): file → views.
started = performance.now();
const columnar = await readColumnarNetwork(
  files.map((file) => ({
    name: file.name,
    size: file.bytes.length,
    async *chunks() {
      yield file.bytes;
    },
  })),
);
buildViewsFromArcs(columnar);
const columnarMs = performance.now() - started;

const options = samplingOptions(sample, seed);
const bundle = runBundle(input, options);

const peakRssMb = () => (process.resourceUsage().maxRSS * 1024) / MB;
// High-water marks are read before the runs that could only raise them.
const maxRssMb = peakRssMb();
const heapUsedMb = process.memoryUsage().heapUsed / MB;

const parallel = values['skip-parallel'] ? undefined : await runBundleInParallel(ecosystem, input, options);
const maxRssParallelMb = parallel ? peakRssMb() : undefined;

// Warm repeats show what JIT warm-up costs on the cold figure (the CLI only ever sees the cold one).
const warmImportMs: number[] = [];
for (let i = 0; i < Number(values['warm-imports']); i++) {
  started = performance.now();
  await importFiles(files);
  warmImportMs.push(performance.now() - started);
}

const report: WorkloadReport = {
  actors: input.tie.nodeCount,
  ties: input.tie.tieCount,
  arcs: input.flow.arcCount,
  importIssues: imported.report.issues.length,
  importMs,
  warmImportMs,
  viewsMs,
  columnarMs,
  sample,
  bundle,
  parallel,
  maxRssMb,
  maxRssParallelMb,
  heapUsedMb,
};
await writeFile(values.out, JSON.stringify(report));
