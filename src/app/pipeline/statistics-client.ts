/**
 * The main thread's side of tests against chance: asks the pipeline worker that holds the network
 * on screen to run a test on it. The one-job-slot rules hold: each test takes the next number, an
 * older one still running is cancelled, and an answer for another network (a new network, a
 * filter or time-window change meanwhile) or one overtaken by a newer test resolves null.
 */
import * as Comlink from 'comlink';
import { useExplorer } from '../store.ts';
import { pipelineOnScreen } from './controller.ts';
import type { TestOutcome, TestRequest } from './statistics-job.ts';

let latest = 0;

export async function runTestOnScreen(
  request: TestRequest,
  onProgress: (fraction: number) => void,
): Promise<TestOutcome | null> {
  const worker = pipelineOnScreen();
  const { ecosystem, analysis } = useExplorer.getState();
  if (!worker || !ecosystem || !analysis) return null;
  const id = ++latest;
  const outcome = await worker.test(
    id,
    request,
    Comlink.proxy((fraction: number) => {
      if (id === latest) onProgress(fraction);
    }),
  );
  const after = useExplorer.getState();
  const current =
    pipelineOnScreen() === worker && after.ecosystem === ecosystem && after.analysis === analysis;
  return outcome !== null && current && id === latest ? outcome : null;
}

/** Stops the test in progress, if any; it resolves null. */
export function cancelTest(): void {
  const id = ++latest;
  void pipelineOnScreen()?.cancelTest(id);
}
