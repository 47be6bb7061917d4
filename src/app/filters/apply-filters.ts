/**
 * Keeps the view in step with the filters: a short pause after the last change, the filtered
 * network is re-analysed in the analysis worker (a newer change cancels an older run), then
 * drawn where its actors already stood. The canvas stays usable throughout.
 */

import type { AnalysisResult } from '../../analysis/runner.ts';
import { measureOptions } from '../../analysis/settings.ts';
import { serializeEcosystem } from '../../model/ecosystem.ts';
import { buildDisplay, type Display } from '../display-graph.ts';
import { startLayout } from '../layout/layout-controller.ts';
import { withSampling } from '../load.ts';
import { useExplorer } from '../store.ts';
import { analyseInWorker, type Cancellable, CancelledError } from '../workers/clients.ts';
import { filterEcosystem, isFiltering } from './filters.ts';

const DEBOUNCE_MILLISECONDS = 300;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Cancellable<AnalysisResult> | null = null;
/** Last known position of every actor, so actors that come back appear where they were. */
const positions = new Map<string, { x: number; y: number }>();

function remember(display: Display | null) {
  display?.graph.forEachNode((key, node) => {
    positions.set(key, { x: node.x, y: node.y });
  });
}

async function refilter(): Promise<void> {
  const state = useExplorer.getState();
  const { fullEcosystem, fullAnalysis, filters, analysisSettings } = state;
  if (!fullEcosystem || !fullAnalysis) return;
  running?.cancel();
  remember(state.display);
  const ecosystem = isFiltering(filters)
    ? filterEcosystem(fullEcosystem, filters, {
        columns: fullAnalysis.columns,
        localBy: analysisSettings.localBy ?? 'region',
      })
    : fullEcosystem;
  let analysis = fullAnalysis;
  if (ecosystem !== fullEcosystem) {
    useExplorer.setState({ refiltering: true });
    const run = analyseInWorker(
      serializeEcosystem(ecosystem),
      measureOptions(withSampling(analysisSettings, ecosystem.order)),
      () => {},
    );
    running = run;
    try {
      analysis = await run.result;
    } catch (error) {
      if (error instanceof CancelledError) return;
      useExplorer.setState({ refiltering: false, error: String(error) });
      return;
    }
    if (running !== run) return;
    running = null;
  }
  const display = buildDisplay(ecosystem, analysis.columns.degree ?? new Float64Array(ecosystem.order));
  display.graph.updateEachNodeAttributes(
    (key, node) => {
      const known = positions.get(key);
      if (known) {
        node.x = known.x;
        node.y = known.y;
      }
      return node;
    },
    { attributes: ['x', 'y'] },
  );
  const selected = state.selected && ecosystem.hasNode(state.selected) ? state.selected : null;
  useExplorer.setState({ ecosystem, analysis, display, selected, hovered: null, refiltering: false });
  startLayout(display.graph, { paused: true });
}

/** Re-filters when the filters change; returns the unsubscribe function. */
export function keepFiltersInStep(): () => void {
  return useExplorer.subscribe((state, previous) => {
    if (state.filters === previous.filters || state.fullEcosystem !== previous.fullEcosystem) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refilter(), DEBOUNCE_MILLISECONDS);
  });
}
