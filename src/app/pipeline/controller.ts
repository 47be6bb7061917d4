/**
 * The pipeline's one job slot on the main thread. Opening a network and changing any setting
 * a worker stage reads both come here; each job takes the next generation number, and after
 * every `await` a job checks it is still the latest — if not, it stops and changes nothing.
 * So a load, a filter change and a re-analysis can never leave the canvas showing one network
 * with another's measures: the network, its measures and its drawing are committed to the
 * store together, in one update, for one generation.
 *
 * Work on the main thread is limited to copying what the worker decided into the graphs sigma
 * and the panels read, in short steps (steps.ts).
 */
import * as Comlink from 'comlink';
import type { LinkQuery, SuggestedLink } from '../../analysis/link-suggester.ts';
import { measureById } from '../../analysis/registry.ts';
import { issuePhrase } from '../../i18n/issues.ts';
import { type Phrase, PhrasedError, phrase, phraseOfError } from '../../i18n/phrase.ts';
import type { SourceFile } from '../../io/index.ts';
import { cutInSteps, rebuildInSteps } from '../../model/columns.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { restoreCamera } from '../canvas/renderer.ts';
import { buildDisplayInSteps, type Display, type Position } from '../display-graph.ts';
import { layOutBeforeShowing, STREAM_UP_TO, startLayout, stopLayout } from '../layout/layout-controller.ts';
import { projectSession } from '../session/read-session.ts';
import { positionLookup, type Session } from '../session/session.ts';
import { INITIAL_LAYOUT, INITIAL_SESSION, useExplorer } from '../store.ts';
import type { PipelineSettings, WorkerStage } from './declaration.ts';
import type {
  HeldVersions,
  PipelineOutput,
  PipelineWorkerApi,
  WorkerImportOptions,
} from './pipeline.worker.ts';
import { PositionMemory } from './position-memory.ts';
import { inSteps } from './steps.ts';

interface PipelineWorker {
  api: Comlink.Remote<PipelineWorkerApi>;
  terminate(): void;
}

function createPipelineWorker(): PipelineWorker {
  const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<PipelineWorkerApi>(worker), terminate: () => worker.terminate() };
}

const NOTHING_HELD: HeldVersions = { network: -1, analysis: -1, display: -1 };

let generation = 0;
/** The worker holding the network on screen, and what of its outputs the store holds. */
let current: PipelineWorker | null = null;
let held: HeldVersions = NOTHING_HELD;
/** The settings the network on screen was computed with, to go back to on cancel. */
let committed: PipelineSettings | null = null;
/** A worker reading a network that is not on screen yet. */
let opening: PipelineWorker | null = null;
const positionMemory = new PositionMemory();

/** The settings the worker stages read, as the store and a session hold them. */
export function pipelineSettings(state: {
  timeWindow: PipelineSettings['timeWindow'];
  filters: PipelineSettings['filters'];
  analysisSettings: PipelineSettings['analysis'];
}): PipelineSettings {
  return { timeWindow: state.timeWindow, filters: state.filters, analysis: state.analysisSettings };
}

const STAGE_WORDS: Record<WorkerStage, Phrase> = {
  timeWindow: phrase('explorer.status.timeWindow'),
  filters: phrase('explorer.status.filtering'),
  analysis: phrase('explorer.status.computing'),
  display: phrase('explorer.status.drawing'),
};
const READING = phrase('explorer.status.reading');
const BUILDING = phrase('explorer.status.building');
const COMPUTING = STAGE_WORDS.analysis;

function progressReporter() {
  return Comlink.proxy((stage: WorkerStage, fraction: number, measureId: string) => {
    const measure = measureId ? measureById(measureId) : undefined;
    useExplorer.setState({
      progress: fraction,
      progressLabel: measure
        ? phrase('explorer.status.computingMeasure', {
            measure: phrase(`registry:measure.${measure.id}.label`),
          })
        : STAGE_WORDS[stage],
    });
  });
}

export interface OpenRequest {
  name: string;
  files: SourceFile[];
  importOptions?: WorkerImportOptions;
  /**
   * The session to open the network with (a workspace's, or the current one when the same
   * files are read again); a project file brings its own; otherwise the defaults.
   */
  session?: Session;
  /** Settings for a network opened without a session (a sample's locality field). */
  defaults?: Partial<Session>;
}

/**
 * Opens a network. Resolves true when it is on screen; false when a newer job overtook it or
 * it failed (then the network that was on screen stays, and the status bar says why).
 */
export async function openNetwork(request: OpenRequest): Promise<boolean> {
  const job = ++generation;
  opening?.terminate();
  const worker = createPipelineWorker();
  opening = worker;
  const stale = () => job !== generation;
  const drop = () => {
    worker.terminate();
    if (opening === worker) opening = null;
    return false;
  };
  const set = useExplorer.setState;
  set({ phase: 'importing', progress: 0, progressLabel: READING, error: null });
  try {
    const importOptions = request.session?.importOptions ?? request.importOptions ?? {};
    const loaded = await worker.api.load(
      request.files,
      importOptions,
      Comlink.proxy((stage: string, done: number, total: number) => {
        if (!stale())
          set({
            progress: total > 0 ? done / total : 0,
            progressLabel: stage === 'read' ? READING : BUILDING,
          });
      }),
    );
    if (stale()) return drop();
    // A file from which nothing usable (or too little) could be read never replaces the network
    // on screen (the report of the network on screen stays that network's): the status says why.
    if (loaded.report.outcome.status === 'failed' || loaded.report.actorCount === 0) {
      const cause = loaded.report.outcome.cause;
      fail(
        job,
        new PhrasedError(
          phrase('explorer.status.notOpened', {
            name: request.name,
            cause: cause ? issuePhrase(cause) : phrase('explorer.status.noActors'),
          }),
        ),
      );
      return drop();
    }
    set({ progressLabel: BUILDING });
    const source = await inSteps(rebuildInSteps(loaded.columns));
    if (stale()) return drop();

    const session: Session = {
      ...INITIAL_SESSION,
      // A sample or plain files bring no language: the one on screen stays; a session or a
      // project file brings its own.
      language: useExplorer.getState().language,
      camera: null,
      positions: null,
      selection: [],
      ...request.defaults,
      ...(loaded.project ? projectSession(loaded.project) : {}),
      ...request.session,
      networkName: request.session?.networkName ?? loaded.project?.name ?? request.name,
      importOptions,
    };
    set({ phase: 'analysing', progress: 0, progressLabel: COMPUTING });
    const settings = pipelineSettings(session);
    const output = await worker.api.run(job, settings, NOTHING_HELD, progressReporter());
    if (stale() || output === null) return drop();

    const savedPositions = session.positions
      ? positionLookup(session.positions)
      : filePositions(loaded.positions);
    const shown = await materialise(job, source, output, null, savedPositions);
    if (shown === null) return drop();
    const placed = session.positions !== null || loaded.positions.length >= source.order;
    const community = output.analysis?.columns.community ?? null;
    // A large network is laid out before it is first drawn (layout-controller.ts says why).
    let laidOut: { iterations: number; elapsedMilliseconds: number } | null = null;
    if (!placed && shown.display.graph.order > STREAM_UP_TO) {
      laidOut = await layOutOutOfSight(job, shown.display.graph, community);
      if (laidOut === null) return drop();
    }

    current?.terminate();
    current = worker;
    opening = null;
    held = output.versions;
    committed = settings;
    lastRequested = null;
    positionMemory.forget();
    stopLayout();
    set({
      networkName: session.networkName,
      sourceFiles: request.files,
      importOptions,
      sampleId: session.sampleId,
      attribution: session.attribution,
      timeWindow: session.timeWindow,
      comparison: session.comparison,
      statistics: session.statistics,
      filters: session.filters,
      analysisSettings: session.analysisSettings,
      appearance: session.appearance,
      view: session.view,
      layoutMode: session.layoutMode,
      mapSettings: session.mapSettings,
      labelDensity: session.labelDensity,
      language: session.language,
      selected: session.selection.find((key) => shown.ecosystem.hasNode(key)) ?? null,
      pinned: session.pinned,
      source,
      years: loaded.years,
      report: loaded.report,
      ecosystem: shown.ecosystem,
      analysis: output.analysis ?? null,
      display: shown.display,
      phase: 'ready',
      progress: 1,
      computing: false,
      hovered: null,
      highlighted: null,
      proposedTies: [],
      layout: INITIAL_LAYOUT,
    });
    // A layout saved settled or paused, or a file with its own positions, is shown as it was.
    const paused = (placed && session.positions?.layout !== 'running') || laidOut !== null;
    startLayout(shown.display.graph, { paused, community, pinned: new Set(session.pinned) });
    if (laidOut) set({ layout: { state: 'settled', ...laidOut } });
    restoreCamera(session.camera, shown.display.graph);
    return true;
  } catch (error) {
    fail(job, error);
    return drop();
  }
}

let layingOut: { cancel(): void } | null = null;

/** Lays a large network out in the layout worker, reporting progress; null when overtaken. */
async function layOutOutOfSight(
  job: number,
  graph: Display['graph'],
  community: ArrayLike<number> | null,
): Promise<{ iterations: number; elapsedMilliseconds: number } | null> {
  const run = layOutBeforeShowing(graph, { community }, (iterations, milliseconds) => {
    if (job === generation)
      useExplorer.setState({
        progress: Math.min(0.95, milliseconds / LAYOUT_BUDGET_MILLISECONDS),
        progressLabel: phrase('explorer.status.layingOut', {
          iterations,
          seconds: Math.round(milliseconds / 1000),
        }),
      });
  });
  layingOut = run;
  try {
    const result = await run.done;
    return job === generation ? result : null;
  } catch {
    return null;
  } finally {
    if (layingOut === run) layingOut = null;
  }
}

/** What the progress bar counts a large layout against (it usually settles sooner). */
const LAYOUT_BUDGET_MILLISECONDS = 60_000;

function filePositions(positions: [string, number, number][]): (key: string) => Position | undefined {
  const byId = new Map(positions.map(([id, x, y]) => [id, { x, y }]));
  return (key) => byId.get(key);
}

/**
 * Copies the worker's outputs into the graphs the page reads: the network on screen (cut from
 * the source by the kept keys) and the display graph (ties from the worker, positions kept).
 * Null when a newer job overtook this one meanwhile.
 */
async function materialise(
  job: number,
  source: Ecosystem,
  output: PipelineOutput,
  previous: { ecosystem: Ecosystem; display: Display } | null,
  positionOf: (key: string) => Position | undefined,
): Promise<{ ecosystem: Ecosystem; display: Display } | null> {
  let ecosystem = previous?.ecosystem ?? source;
  if (output.network !== undefined) {
    ecosystem =
      output.network === null
        ? source
        : await inSteps(
            cutInSteps(source, {
              actors: new Set(output.network.actors),
              relations: new Set(output.network.relations),
            }),
          );
    if (job !== generation) return null;
  }
  if (!output.display) {
    if (!previous) throw new Error('The pipeline returned no drawing for a new network.');
    return { ecosystem, display: previous.display };
  }
  const display = await inSteps(buildDisplayInSteps(ecosystem, output.display, positionOf));
  return job === generation ? { ecosystem, display } : null;
}

/** Runs the worker stages again for the settings in the store, keeping the network on screen usable. */
async function recompute(): Promise<void> {
  const state = useExplorer.getState();
  const worker = current;
  if (!worker || !state.source || state.phase !== 'ready' || !state.ecosystem || !state.display) return;
  const settings = pipelineSettings(state);
  const job = ++generation;
  useExplorer.setState({ computing: true, progress: 0, progressLabel: COMPUTING, error: null });
  try {
    const output = await worker.api.run(job, settings, held, progressReporter());
    if (output === null || job !== generation || worker !== current) return;
    const { display } = useExplorer.getState();
    // Actors leaving this window keep their places for when they come back.
    if (display) positionMemory.remember(display.graph);
    const positions = positionMemory.lookup(display?.graph ?? null);
    const previous = { ecosystem: state.ecosystem, display: state.display };
    const shown = await materialise(job, state.source, output, previous, positions);
    if (shown === null || worker !== current) return;
    const after = useExplorer.getState();
    held = output.versions;
    committed = settings;
    useExplorer.setState({
      ecosystem: shown.ecosystem,
      analysis: output.analysis ?? after.analysis,
      display: shown.display,
      selected: after.selected && shown.ecosystem.hasNode(after.selected) ? after.selected : null,
      hovered: null,
      computing: false,
      progress: 1,
    });
    if (shown.display !== state.display)
      startLayout(shown.display.graph, {
        paused: true,
        community: useExplorer.getState().analysis?.columns.community,
        pinned: new Set(useExplorer.getState().pinned),
      });
  } catch (error) {
    fail(job, error);
  }
}

function fail(job: number, error: unknown) {
  if (job !== generation) return;
  const onScreen = useExplorer.getState().ecosystem !== null;
  useExplorer.setState({
    phase: onScreen ? 'ready' : 'error',
    computing: false,
    error: phraseOfError(error, 'explorer.status.failed'),
  });
}

/**
 * Missing-link suggestions for the network on screen, from the pipeline worker that holds it.
 * Resolves null when the network changed before the answer came (the answer would name actors
 * of another network).
 */
export async function suggestLinks(actor: string | null, query: LinkQuery): Promise<SuggestedLink[] | null> {
  const worker = current;
  const network = useExplorer.getState().ecosystem;
  if (!worker || !network) return [];
  const links = await worker.api.suggest(actor, query);
  return worker === current && useExplorer.getState().ecosystem === network ? links : null;
}

/**
 * The worker holding the network on screen, for work beside the pipeline (comparisons): a caller
 * compares it after each await and drops an answer once another network is on screen.
 */
export function pipelineOnScreen(): Comlink.Remote<PipelineWorkerApi> | null {
  return current?.api ?? null;
}

/**
 * Stops the job in progress. A network being opened is dropped (the one on screen stays); a
 * recomputation stops and the settings go back to those of the network on screen.
 */
export function cancelJob(): void {
  const job = ++generation;
  opening?.terminate();
  opening = null;
  layingOut?.cancel();
  void current?.api.cancel(job);
  const state = useExplorer.getState();
  const onScreen = state.ecosystem !== null;
  useExplorer.setState({
    phase: onScreen ? 'ready' : 'cancelled',
    computing: false,
    progressLabel: phrase('explorer.status.cancelled'),
    ...(committed && onScreen
      ? { timeWindow: committed.timeWindow, filters: committed.filters, analysisSettings: committed.analysis }
      : {}),
  });
  lastRequested = committed ? JSON.stringify(committed) : null;
}

let lastRequested: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
/** A short pause after the last change, so dragging a slider or typing starts one job, not twenty. */
const SETTLE_MILLISECONDS = 200;

/** Recomputes whenever a setting a worker stage reads changes; returns the unsubscribe function. */
export function keepPipelineInStep(): () => void {
  return useExplorer.subscribe((state, previous) => {
    if (state.phase !== 'ready') return;
    if (
      state.timeWindow === previous.timeWindow &&
      state.filters === previous.filters &&
      state.analysisSettings === previous.analysisSettings
    )
      return;
    const requested = JSON.stringify(pipelineSettings(state));
    if (requested === (lastRequested ?? JSON.stringify(committed))) return;
    lastRequested = requested;
    clearTimeout(timer);
    // Busy from the change itself, not from when the job starts: what is on screen is already
    // out of date, and anything waiting for the result must wait through the pause too.
    if (!state.computing) useExplorer.setState({ computing: true, progress: 0, progressLabel: COMPUTING });
    timer = setTimeout(() => void recompute(), SETTLE_MILLISECONDS);
  });
}
