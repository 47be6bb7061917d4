/**
 * The full importer's half of loadNetwork (load-network.ts): files → Ecosystem (every format,
 * name reconciliation, the detailed report) → narrowed to a time window where one is asked →
 * the packed analysis input. Runs on a worker thread of its own (import-worker.ts) so that the
 * Ecosystem's graph objects never live on the command's main thread; see loadNetwork for why.
 */
import { buildAnalysisInput, type PackedAnalysisInput, packAnalysisInput } from '../analysis/input.ts';
import type { Wording } from '../i18n/i18n.ts';
import { type ImportOptions, importFiles, type SourceFile } from '../io/index.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import { formatTimeWindow, snapshot, type TimeWindow, timeIndexOf } from '../model/time.ts';
import { formatReport } from './format-report.ts';

/** What the full importer hands back: what LoadedNetwork holds, less the report text (logged). */
export interface FullNetwork {
  readonly packed: PackedAnalysisInput;
  readonly labels: readonly string[];
  readonly actorCount: number;
  readonly relationCount: number;
  readonly failed: boolean;
}

/** Imports `files`, writing the import report (and what the window kept) to `log`. */
export async function importFullNetwork(
  files: readonly SourceFile[],
  options: ImportOptions,
  window: TimeWindow | undefined,
  log: (text: string) => void,
  wording: Wording,
): Promise<FullNetwork> {
  const imported = await importFiles(files, options);
  // The report first, then what narrowing says about the network it leaves.
  log(formatReport(imported.report, wording));
  const ecosystem = networkInWindow(imported.ecosystem, window, log, wording);
  const input = buildAnalysisInput(ecosystem);
  return {
    packed: packAnalysisInput(ecosystem, input),
    labels: input.tie.ids.map((key) => ecosystem.getNodeAttribute(key, 'label')),
    actorCount: ecosystem.order,
    relationCount: ecosystem.size,
    failed: imported.report.outcome.status === 'failed' || ecosystem.order === 0,
  };
}

/**
 * The network an analysing command works on: the snapshot in the window of `--at`/`--window`, or
 * the whole network. Says on `log` what the window kept, and when the data has no dates at all.
 */
export function networkInWindow(
  ecosystem: Ecosystem,
  window: TimeWindow | undefined,
  log: (text: string) => void,
  { t }: Wording,
): Ecosystem {
  if (!window) return ecosystem;
  const index = timeIndexOf(ecosystem);
  const name = formatTimeWindow(window);
  if (index.first === null) log(`${t('cli.log.undated', { window: name })}\n`);
  const network = snapshot(ecosystem, window);
  log(`${t('cli.log.window', { window: name, actors: network.order, relations: network.size })}\n`);
  return network;
}
