/**
 * Loading a network: files → import worker → analysis worker → display graph → layout.
 * One load at a time; starting another or pressing Cancel stops the one in progress.
 */
import type { SourceFile } from '../io/import.ts';
import { deserializeEcosystem } from '../model/ecosystem.ts';
import { buildDisplay } from './display-graph.ts';
import { startLayout, stopLayout } from './layout/layout-controller.ts';
import type { SampleNetwork } from './samples.ts';
import { INITIAL_LAYOUT, useExplorer } from './store.ts';
import { analyseInWorker, type Cancellable, CancelledError, importInWorker } from './workers/clients.ts';

let current: Cancellable<unknown> | null = null;

export async function loadSample(sample: SampleNetwork): Promise<void> {
  const fetchFile = async (url: string, name: string): Promise<SourceFile> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not read ${name} (${response.status}).`);
    return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
  };
  useExplorer.setState({ phase: 'importing', progress: 0, progressLabel: 'Reading files', error: null });
  try {
    const [actors, relations] = await Promise.all([
      fetchFile(sample.files.actors, 'actors.csv'),
      fetchFile(sample.files.relations, 'relations.csv'),
    ]);
    await loadFiles(sample.name, { actors, relations });
  } catch (error) {
    fail(error);
  }
}

export async function loadFiles(
  name: string,
  files: { actors?: SourceFile; relations: SourceFile },
): Promise<void> {
  cancelLoad();
  stopLayout();
  const set = useExplorer.setState;
  set({ phase: 'importing', progress: 0, progressLabel: 'Reading files', error: null });
  try {
    const importing = importInWorker(files);
    current = importing;
    const imported = await importing.result;
    const ecosystem = deserializeEcosystem(imported.ecosystem);
    set({ phase: 'analysing', progress: 0, progressLabel: 'Computing measures', report: imported.report });

    const analysing = analyseInWorker(imported.ecosystem, (fraction, measureId) => {
      set({ progress: fraction, progressLabel: measureId ? `Computing ${measureId}` : 'Done' });
    });
    current = analysing;
    const analysis = await analysing.result;
    current = null;
    const display = buildDisplay(ecosystem, analysis.columns.degree ?? new Float64Array(ecosystem.order));
    set({
      phase: 'ready',
      progress: 1,
      networkName: name,
      ecosystem,
      display,
      analysis,
      selected: null,
      hovered: null,
      layout: INITIAL_LAYOUT,
    });
    startLayout(display.graph);
  } catch (error) {
    fail(error);
  }
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
