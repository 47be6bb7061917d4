/**
 * The comparison the Changes view shows, and the job that computes it. Derived state, not
 * session: what is saved is the choice of windows (the session's `comparison`); the result is
 * computed again from it. A result belongs to the network it was computed on and is ignored
 * once another network is open; the pipeline worker keeps its rows for the exports.
 */
import { create } from 'zustand';
import type { Comparison } from '../../analysis/time/compare.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { type ComparisonAnswer, cancelComparison, compareSnapshots } from '../pipeline/comparison-client.ts';
import type { ComparisonRequest } from '../pipeline/comparison-job.ts';
import { useExplorer } from '../store.ts';
import { type ComparisonChoice, rankOutputs } from './choice.ts';

export interface HeldComparison {
  readonly id: number;
  readonly request: ComparisonRequest;
  readonly comparison: Comparison;
  readonly sample: number | null;
  /** The network compared: a result for another network is never shown. */
  readonly network: Ecosystem;
}

export interface ChangesState {
  status: 'idle' | 'computing' | 'ready' | 'error';
  /** Fraction done and the measure running, while computing. */
  progress: number;
  measureId: string;
  error: string | null;
  held: HeldComparison | null;
  /** Whether entered and lost ties are drawn over the canvas. */
  drawn: boolean;
  /** How many entered and lost ties the canvas can draw (both actors on screen); null when not drawn. */
  drawable: { entered: number; left: number } | null;
}

export const useChanges = create<ChangesState>()(() => ({
  status: 'idle',
  progress: 0,
  measureId: '',
  error: null,
  held: null,
  drawn: true,
  drawable: null,
}));

/** The request a choice makes under the session's analysis settings. */
export function requestFor(
  choice: ComparisonChoice,
  settings: ComparisonRequest['settings'],
): ComparisonRequest {
  return { from: choice.from, to: choice.to, rankBy: rankOutputs(choice), settings };
}

/** Whether a held result answers this request (same windows, measures and settings). */
export function answers(held: HeldComparison | null, request: ComparisonRequest): boolean {
  return held !== null && JSON.stringify(held.request) === JSON.stringify(request);
}

let runs = 0;

/** Compares the chosen windows of the network on screen; an older comparison still running stops. */
export async function startComparison(choice: ComparisonChoice): Promise<void> {
  const { source, analysisSettings } = useExplorer.getState();
  if (!source) return;
  const run = ++runs;
  const request = requestFor(choice, analysisSettings);
  useChanges.setState({ status: 'computing', progress: 0, measureId: '', error: null });
  let answer: ComparisonAnswer | null;
  try {
    answer = await compareSnapshots(request, (progress, measureId) => {
      if (run === runs) useChanges.setState({ progress, measureId });
    });
  } catch (error) {
    if (run === runs)
      useChanges.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (run !== runs) return;
  if (answer === null) {
    useChanges.setState({ status: 'idle' });
    return;
  }
  useChanges.setState({
    status: 'ready',
    held: {
      id: answer.id,
      request,
      comparison: answer.comparison,
      sample: answer.sample,
      network: source,
    },
  });
}

export function stopComparison(): void {
  runs++;
  cancelComparison();
  useChanges.setState({ status: 'idle' });
}

/** The held comparison when it belongs to the network on screen, else null. */
export function useHeldComparison(): HeldComparison | null {
  const held = useChanges((state) => state.held);
  const source = useExplorer((state) => state.source);
  return held !== null && held.network === source ? held : null;
}
