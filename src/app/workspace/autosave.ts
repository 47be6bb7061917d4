/**
 * Saves the workspace by itself: 1.5 s after the last change of data, options, settings,
 * selection, filters or appearance, and when the layout settles or is paused (not on every
 * frame it streams; a long-running layout is saved at most every 30 s). Saves never overlap;
 * a change during a save is saved right after. Leaving the page (a reload, closing the tab) or
 * hiding it saves at once, since a closed or crashed tab gives no later chance.
 */
import type { ExplorerSnapshot } from './capture.ts';
import { autosaveTarget, writeWorkspace } from './write-workspace.ts';

export interface AutosaveSnapshot extends ExplorerSnapshot {
  phase: 'idle' | 'importing' | 'analysing' | 'ready' | 'error' | 'cancelled';
}

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** While the layout keeps running, save its positions at most this often. */
  runningLayoutEveryMs?: number;
  now?: () => Date;
  /**
   * Called synchronously when the page goes with changes still unsaved: the IndexedDB save
   * started then may not finish, so this keeps them some other way (journal.ts).
   */
  keepUnsaved?: (state: AutosaveSnapshot, at: Date) => void;
}

type Subscribe = (listener: () => void) => () => void;

export function startAutosave(
  getState: () => AutosaveSnapshot,
  subscribe: Subscribe,
  {
    delayMs = 1500,
    runningLayoutEveryMs = 30_000,
    now = () => new Date(),
    keepUnsaved,
  }: AutosaveOptions = {},
): () => void {
  let seen = watched(getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> | null = null;
  let changedWhileSaving = false;
  let lastSaveStarted = 0;

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };

  const saveNow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (saving) {
      changedWhileSaving = true;
      return;
    }
    lastSaveStarted = Date.now();
    saving = saveSnapshot(getState(), now()).finally(() => {
      saving = null;
      if (changedWhileSaving) {
        changedWhileSaving = false;
        schedule();
      }
    });
  };

  const unsubscribe = subscribe(() => {
    const next = watched(getState());
    const previous = seen;
    seen = next;
    if (next.phase !== 'ready') return;
    if (dataChanged(previous, next) || layoutStopped(previous, next)) schedule();
    else if (
      next.layout === 'running' &&
      timer === null &&
      Date.now() - lastSaveStarted > runningLayoutEveryMs
    )
      schedule();
  });

  // A reload, a closed tab or a tab sent to the background gives no later chance: what is still
  // waiting for its quiet moment is saved at once.
  const saveWhenLeaving = () => {
    if (timer === null && saving === null) return;
    const state = getState();
    if (state.phase === 'ready') keepUnsaved?.(state, now());
    if (timer !== null) saveNow();
  };
  const saveWhenHidden = () => {
    if (document.visibilityState === 'hidden') saveWhenLeaving();
  };
  const hasDocument = typeof document !== 'undefined';
  if (hasDocument) {
    document.addEventListener('visibilitychange', saveWhenHidden);
    window.addEventListener('pagehide', saveWhenLeaving);
  }

  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (hasDocument) {
      document.removeEventListener('visibilitychange', saveWhenHidden);
      window.removeEventListener('pagehide', saveWhenLeaving);
    }
  };
}

/** The references whose change means there is something new to save. */
function watched(state: AutosaveSnapshot) {
  return {
    phase: state.phase,
    sourceFiles: state.sourceFiles,
    importOptions: state.importOptions,
    analysisSettings: state.analysisSettings,
    networkName: state.networkName,
    sampleId: state.sampleId,
    selected: state.selected,
    display: state.display,
    timeWindow: state.timeWindow,
    comparison: state.comparison,
    filters: state.filters,
    appearance: state.appearance,
    view: state.view,
    layoutMode: state.layoutMode,
    mapSettings: state.mapSettings,
    labelDensity: state.labelDensity,
    language: state.language,
    statistics: state.statistics,
    layout: state.layout.state,
  };
}

type Watched = ReturnType<typeof watched>;

function dataChanged(previous: Watched, next: Watched): boolean {
  return (Object.keys(next) as (keyof Watched)[]).some(
    (key) => key !== 'layout' && previous[key] !== next[key],
  );
}

function layoutStopped(previous: Watched, next: Watched): boolean {
  return previous.layout !== next.layout && (next.layout === 'paused' || next.layout === 'settled');
}

async function saveSnapshot(state: AutosaveSnapshot, savedAt: Date): Promise<void> {
  if (state.phase !== 'ready') return;
  const target = autosaveTarget(state);
  if (target !== null) await writeWorkspace(state, target, savedAt);
}
