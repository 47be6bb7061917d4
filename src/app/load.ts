/**
 * Opening a network from the page: a bundled sample, files the person chose, or the same files
 * read again with new options. All go through the pipeline's one job slot (controller.ts).
 */
import type { AnalysisSettings } from '../analysis/settings.ts';
import { PhrasedError, phrase, phraseOfError } from '../i18n/phrase.ts';
import type { SourceFile } from '../io/index.ts';
import { DEFAULT_APPEARANCE } from './appearance/appearance.ts';
import { cameraState } from './canvas/renderer.ts';
import { cancelJob, openNetwork } from './pipeline/controller.ts';
import type { WorkerImportOptions } from './pipeline/pipeline.worker.ts';
import type { SampleNetwork } from './samples.ts';
import { captureSession } from './session/session.ts';
import { useExplorer } from './store.ts';

export async function loadSample(sample: SampleNetwork): Promise<boolean> {
  useExplorer.setState({
    phase: 'importing',
    progress: 0,
    progressLabel: phrase('explorer.status.reading'),
    error: null,
  });
  try {
    const files = await Promise.all(
      Object.entries(sample.files).map(async ([role, url]): Promise<SourceFile> => {
        const response = await fetch(url);
        if (!response.ok)
          throw new PhrasedError(
            phrase('explorer.status.sampleUnreadable', { role, status: response.status }),
          );
        return { name: `${role}.csv`, bytes: new Uint8Array(await response.arrayBuffer()) };
      }),
    );
    return await openNetwork({
      name: sample.name,
      files,
      defaults: {
        sampleId: sample.id,
        attribution: sample.attribution ?? null,
        analysisSettings: { localBy: sample.locality },
        layoutMode: sample.layoutMode,
        mapSettings: sample.mapSettings,
        ...(sample.colourBy
          ? {
              appearance: {
                ...DEFAULT_APPEARANCE,
                lens: 'network' as const,
                colourBy: { type: 'field' as const, field: sample.colourBy },
              },
            }
          : {}),
      },
    });
  } catch (error) {
    useExplorer.setState({
      phase: useExplorer.getState().ecosystem ? 'ready' : 'error',
      error: phraseOfError(error, 'explorer.status.failed'),
    });
    return false;
  }
}

/** Opens files the person chose, with their analysis settings if given. */
export function loadFiles(
  name: string,
  files: SourceFile[],
  importOptions: WorkerImportOptions = {},
  analysisSettings?: AnalysisSettings,
): Promise<boolean> {
  return openNetwork({
    name,
    files,
    importOptions,
    ...(analysisSettings ? { defaults: { analysisSettings } } : {}),
  });
}

/**
 * Reads the files on screen again with other import options (merges accepted in the report),
 * keeping everything else the person set: filters, measures, appearance, positions, selection.
 */
export function reimport(importOptions: WorkerImportOptions): Promise<boolean> {
  const state = useExplorer.getState();
  const session = { ...captureSession(state, cameraState()), importOptions };
  return openNetwork({ name: state.networkName ?? 'Network', files: state.sourceFiles, session });
}

export { cancelJob as cancelLoad };
