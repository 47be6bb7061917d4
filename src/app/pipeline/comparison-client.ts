/**
 * The main thread's side of comparisons: asks the pipeline worker that holds the network on
 * screen to compare two windows of it, and fetches the exports of the result. The one-job-slot
 * rules hold: each comparison takes the next number, an older one still running is cancelled,
 * and an answer for another network (or overtaken by a newer comparison) resolves null.
 */
import * as Comlink from 'comlink';
import type { ChangesSelection } from '../../analysis/time/changes-table.ts';
import { useExplorer } from '../store.ts';
import type { ComparisonOutcome, ComparisonRequest } from './comparison-job.ts';
import { pipelineOnScreen } from './controller.ts';

let latest = 0;

export interface ComparisonAnswer extends ComparisonOutcome {
  /** The comparison's number, to ask for its exports. */
  readonly id: number;
}

export async function compareSnapshots(
  request: ComparisonRequest,
  onProgress: (fraction: number, measureId: string) => void,
): Promise<ComparisonAnswer | null> {
  const worker = pipelineOnScreen();
  const network = useExplorer.getState().source;
  if (!worker || !network) return null;
  const id = ++latest;
  const outcome = await worker.compare(
    id,
    request,
    Comlink.proxy((fraction: number, measureId: string) => {
      if (id === latest) onProgress(fraction, measureId);
    }),
  );
  const current = pipelineOnScreen() === worker && useExplorer.getState().source === network;
  return outcome !== null && current && id === latest ? { ...outcome, id } : null;
}

/** Stops the comparison in progress, if any; it resolves null. */
export function cancelComparison(): void {
  const id = ++latest;
  void pipelineOnScreen()?.cancelComparison(id);
}

/** The rows of comparison `id` as a CSV file; null when the worker no longer holds it (another network). */
export async function changesCsv(id: number, selection: ChangesSelection): Promise<Blob | null> {
  const worker = pipelineOnScreen();
  if (!worker) return null;
  return worker.changesCsv(id, selection);
}
