/**
 * Parquet for `clusterscope export --format parquet` (or --parquet): actors.parquet (id, label,
 * kind, fields) and ties.parquet (src, dst, strength) in a folder, the layout Spark GraphFrames
 * and Neo4j's import tools read. Loads through the columnar path for large CSV, so a network of
 * millions of ties can leave the machine's memory for a cluster.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unpackAnalysisInput } from '../analysis/input.ts';
import type { Wording } from '../i18n/i18n.ts';
import type { ImportOptions } from '../io/index.ts';
import { parquetActors, parquetTies } from '../io/write-parquet.ts';
import type { FieldValue } from '../model/fields.ts';
import { type CliOutput, EXIT_NOTHING_USABLE, EXIT_OK } from './command.ts';
import { type ImportMode, loadNetwork } from './load-network.ts';
import { outputError } from './output-paths.ts';

export async function exportParquet(
  paths: readonly string[],
  options: ImportOptions,
  mode: ImportMode,
  out: string,
  output: CliOutput,
  quiet: boolean,
  wording: Wording,
): Promise<number> {
  const log = quiet ? () => {} : output.stderr;
  const network = await loadNetwork(paths, options, mode, log, wording);
  log(network.reportText);
  if (network.failed) return EXIT_NOTHING_USABLE;
  const input = unpackAnalysisInput(network.packed);
  const fields = new Map<string, readonly FieldValue[]>();
  for (const name of Object.keys(network.packed.fields)) fields.set(name, input.actors.field(name));
  const tables = {
    ids: input.tie.ids,
    labels: network.labels,
    kinds: input.actors.kind,
    fields,
    flow: input.flow,
  };
  const actors = join(out, 'actors.parquet');
  const ties = join(out, 'ties.parquet');
  try {
    await mkdir(out, { recursive: true });
    await writeFile(actors, new Uint8Array(parquetActors(tables)));
    await writeFile(ties, new Uint8Array(parquetTies(tables)));
  } catch (thrown) {
    throw outputError('--out', out, thrown);
  }
  const counts = { actors: network.actorCount, relations: network.relationCount };
  log(`${wording.t('cli.log.wrote', { files: `${actors}, ${ties}`, ...counts })}\n`);
  return EXIT_OK;
}
