/**
 * Analysis settings changed (the locality rule, the grouping for brokerage): measures are
 * recomputed in the analysis worker for the whole network, then for the filtered view if
 * there is one. The map stays on screen meanwhile; a newer change cancels an older run.
 */
import type { AnalysisResult } from '../analysis/runner.ts';
import { type AnalysisSettings, measureOptions } from '../analysis/settings.ts';
import { serializeEcosystem } from '../model/ecosystem.ts';
import { withSampling } from './load.ts';
import { useExplorer } from './store.ts';
import { analyseInWorker, type Cancellable, CancelledError } from './workers/clients.ts';

let running: Cancellable<AnalysisResult> | null = null;

export async function reanalyse(change: Partial<AnalysisSettings>): Promise<void> {
  const state = useExplorer.getState();
  const { fullEcosystem } = state;
  if (!fullEcosystem) return;
  const settings: AnalysisSettings = { ...state.analysisSettings, ...change };
  running?.cancel();
  useExplorer.setState({ refiltering: true });
  const run = analyseInWorker(
    serializeEcosystem(fullEcosystem),
    measureOptions(withSampling(settings, fullEcosystem.order)),
    () => {},
  );
  running = run;
  try {
    const fullAnalysis = await run.result;
    if (running !== run) return;
    running = null;
    const filtered = state.ecosystem !== fullEcosystem;
    useExplorer.setState({
      analysisSettings: settings,
      fullAnalysis,
      ...(filtered ? {} : { analysis: fullAnalysis }),
      refiltering: filtered,
    });
    // A filtered view is re-analysed by the filter pipeline with the new settings.
    if (filtered) useExplorer.setState({ filters: { ...useExplorer.getState().filters } });
  } catch (error) {
    if (error instanceof CancelledError) return;
    useExplorer.setState({
      refiltering: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
