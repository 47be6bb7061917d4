/**
 * The job that runs the Statistics view's test, and its result. Derived state, not session (the
 * test chosen and its options are, in the explorer's store): a result belongs to the network and measures it was computed on, and is no longer shown once
 * another network, time window or filter is on screen (the pipeline worker drops it too).
 */
import { create } from 'zustand';
import type { AnalysisResult } from '../../../analysis/runner.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import { cancelTest, runTestOnScreen } from '../../pipeline/statistics-client.ts';
import type { TestOutcome, TestRequest } from '../../pipeline/statistics-job.ts';
import { useExplorer } from '../../store.ts';

export interface HeldTest {
  readonly request: TestRequest;
  readonly outcome: TestOutcome;
  /** What was tested: a result for another network or other measures is never shown. */
  readonly ecosystem: Ecosystem;
  readonly analysis: AnalysisResult;
}

export interface StatisticsState {
  status: 'idle' | 'running' | 'error';
  progress: number;
  error: string | null;
  held: HeldTest | null;
}

export const useStatistics = create<StatisticsState>()(() => ({
  status: 'idle',
  progress: 0,
  error: null,
  held: null,
}));

/** The test and typed options are session state (the explorer's store), saved and restored with it. */
export function chooseTest(testId: string): void {
  const { statistics } = useExplorer.getState();
  useExplorer.setState({ statistics: { ...statistics, testId } });
}

export function setDraftValue(testId: string, name: string, value: string | boolean): void {
  const { statistics } = useExplorer.getState();
  const { drafts } = statistics;
  useExplorer.setState({
    statistics: { ...statistics, drafts: { ...drafts, [testId]: { ...drafts[testId], [name]: value } } },
  });
}

let runs = 0;

/** Runs a test on the network on screen; a test still running stops. */
export async function startTest(request: TestRequest): Promise<void> {
  const { ecosystem, analysis } = useExplorer.getState();
  if (!ecosystem || !analysis) return;
  const run = ++runs;
  useStatistics.setState({ status: 'running', progress: 0, error: null });
  let outcome: TestOutcome | null;
  try {
    outcome = await runTestOnScreen(request, (progress) => {
      // One step per percent: the worker may report far more often than that.
      const shown = Math.floor(progress * 100) / 100;
      if (run === runs && shown !== useStatistics.getState().progress)
        useStatistics.setState({ progress: shown });
    });
  } catch (error) {
    if (run === runs)
      useStatistics.setState({
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
      });
    return;
  }
  if (run !== runs) return;
  if (outcome === null) {
    useStatistics.setState({ status: 'idle' });
    return;
  }
  useStatistics.setState({ status: 'idle', held: { request, outcome, ecosystem, analysis } });
}

export function stopTest(): void {
  runs++;
  cancelTest();
  useStatistics.setState({ status: 'idle' });
}

/** The held result when it belongs to the network and measures on screen, else null. */
export function useHeldTest(): HeldTest | null {
  const held = useStatistics((state) => state.held);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  return held !== null && held.ecosystem === ecosystem && held.analysis === analysis ? held : null;
}
