/**
 * Loading a network: files → import worker → analysis worker → display graph → layout.
 * One load at a time; starting another or pressing Cancel stops the one in progress.
 */
import { type AnalysisSettings, measureOptions } from '../analysis/settings.ts';
import type { SourceFile } from '../io/index.ts';
import { actorKey, deserializeEcosystem } from '../model/ecosystem.ts';
import { buildDisplay, type Display } from './display-graph.ts';
import { NO_FILTERS } from './filters/filters.ts';
import { startLayout, stopLayout } from './layout/layout-controller.ts';
import type { SampleNetwork } from './samples.ts';
import { INITIAL_LAYOUT, useExplorer } from './store.ts';
import { analyseInWorker, type Cancellable, CancelledError, importInWorker } from './workers/clients.ts';
import type { ImportedNetwork, WorkerImportOptions } from './workers/import.worker.ts';

let current: Cancellable<unknown> | null = null;

export async function loadSample(sample: SampleNetwork): Promise<void> {
  useExplorer.setState({ phase: 'importing', progress: 0, progressLabel: 'Reading files', error: null });
  try {
    const files = await Promise.all(
      Object.entries(sample.files).map(async ([role, url]): Promise<SourceFile> => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`Could not read the sample's ${role} file (${response.status}).`);
        return { name: `${role}.csv`, bytes: new Uint8Array(await response.arrayBuffer()) };
      }),
    );
    await loadFiles(sample.name, files, {}, { localBy: sample.locality });
    useExplorer.setState({ sampleId: sample.id, attribution: sample.attribution ?? null });
  } catch (error) {
    fail(error);
  }
}

export async function loadFiles(
  name: string,
  files: SourceFile[],
  options: WorkerImportOptions = {},
  settings: AnalysisSettings = {},
): Promise<void> {
  cancelLoad();
  const set = useExplorer.setState;
  set({ phase: 'importing', progress: 0, progressLabel: 'Reading files', error: null });
  try {
    const importing = importInWorker(files, options, (stage, done, total) => {
      set({
        progress: total > 0 ? done / total : 0,
        progressLabel: stage === 'read' ? 'Reading files' : 'Building the network',
      });
    });
    current = importing;
    const imported = await importing.result;
    const ecosystem = deserializeEcosystem(imported.ecosystem);
    set({ phase: 'analysing', progress: 0, progressLabel: 'Computing measures' });

    const analysing = analyseInWorker(
      imported.ecosystem,
      measureOptions(withSampling(settings, ecosystem.order)),
      (fraction, measureId) => {
        set({ progress: fraction, progressLabel: measureId ? `Computing ${measureId}` : 'Done' });
      },
    );
    current = analysing;
    const analysis = await analysing.result;
    current = null;
    stopLayout();
    const display = buildDisplay(ecosystem, analysis.columns.degree ?? new Float64Array(ecosystem.order));
    const placed = applyFilePositions(display, imported.layout);
    set({
      phase: 'ready',
      progress: 1,
      networkName: name,
      ecosystem,
      display,
      analysis,
      fullEcosystem: ecosystem,
      fullAnalysis: analysis,
      filters: NO_FILTERS,
      report: imported.report,
      sourceFiles: files,
      importOptions: options,
      sampleId: null,
      attribution: null,
      analysisSettings: settings,
      selected: null,
      hovered: null,
      layout: INITIAL_LAYOUT,
    });
    // A file that brought its own layout (GEXF, GraphML, a project) is shown as it was saved.
    if (placed) useExplorer.getState().setLayout({ state: 'paused' });
    startLayout(display.graph, { paused: placed });
  } catch (error) {
    fail(error);
  }
}

/**
 * Exact betweenness costs one search per actor; past a few thousand actors the explorer
 * estimates it from seeded pivots instead (the error is stated in the network figures),
 * unless the settings ask for something else.
 */
const EXACT_PATHS_UP_TO = 5000;
const PIVOTS = 1000;

export function withSampling(settings: AnalysisSettings, actorCount: number): AnalysisSettings {
  if (settings.sample !== undefined || actorCount <= EXACT_PATHS_UP_TO) return settings;
  return { ...settings, sample: PIVOTS };
}

/** Uses positions a graph or project file carried when it has one for every actor. */
function applyFilePositions(display: Display, layout: ImportedNetwork['layout']): boolean {
  const { graph } = display;
  if (graph.order === 0 || layout.positions.size < graph.order) return false;
  for (const [id, position] of layout.positions) {
    const key = actorKey(id);
    if (!graph.hasNode(key)) return false;
    graph.mergeNodeAttributes(key, { x: position.x, y: position.y });
  }
  return true;
}

export function cancelLoad(): void {
  current?.cancel();
  current = null;
}

function fail(error: unknown) {
  if (error instanceof CancelledError) {
    useExplorer.setState({ phase: 'cancelled', progressLabel: 'Cancelled' });
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  useExplorer.setState({ phase: 'error', error: message });
}
