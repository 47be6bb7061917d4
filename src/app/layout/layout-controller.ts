/**
 * Main-thread side of the layout: starts the worker on the display graph, writes its positions
 * into the graph (sigma redraws on its own) and keeps the store's layout status current.
 *
 * Small networks are laid out in view, streamed. Large ones (past STREAM_UP_TO actors) settle
 * out of sight: every position update makes sigma reprocess the whole network, which at 16,000
 * actors is a long task each time, so a new large network is laid out before it is first drawn
 * (`layOutBeforeShowing`), and "Run layout again" sends positions once, when settled.
 */
import type { DisplayGraph } from '../display-graph.ts';
import { useExplorer } from '../store.ts';
import type { LayoutInput } from './force-layout.ts';
import type { LayoutCommand, LayoutEvent } from './protocol.ts';

/** Up to this many actors the layout is shown moving. */
export const STREAM_UP_TO = 3000;

let worker: Worker | null = null;

export interface LayoutSetup {
  /** Community per node in the graph's node order (the analysis column), to keep communities together. */
  community?: ArrayLike<number> | null;
  /** Actors that must stay where they are. */
  pinned?: ReadonlySet<string>;
}

function layoutInput(
  graph: DisplayGraph,
  setup: LayoutSetup,
): { input: LayoutInput; index: Map<string, number> } {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float32Array(2 * ids.length);
  const sizes = new Float32Array(ids.length);
  const pinned = new Uint8Array(ids.length);
  const community = new Int32Array(ids.length).fill(-1);
  ids.forEach((id, i) => {
    const node = graph.getNodeAttributes(id);
    positions[2 * i] = node.x;
    positions[2 * i + 1] = node.y;
    sizes[i] = node.size;
    if (setup.pinned?.has(id)) pinned[i] = 1;
    const code = setup.community?.[i];
    if (code !== undefined && Number.isInteger(code)) community[i] = code;
  });
  const edges = new Int32Array(2 * graph.size);
  const weights = new Float32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, tie, source, target) => {
    edges[2 * e] = index.get(source) as number;
    edges[2 * e + 1] = index.get(target) as number;
    // Strength raises attraction, but only logarithmically: a daily supplier should sit
    // closer than a yearly contact, not swallow it.
    weights[e++] = 1 + Math.log(tie.strength);
  });
  return { input: { positions, sizes, edges, weights, community, pinned }, index };
}

function writePositions(graph: DisplayGraph, index: Map<string, number>, positions: Float32Array) {
  graph.updateEachNodeAttributes(
    (id, node) => {
      const i = index.get(id) as number;
      node.x = positions[2 * i];
      node.y = positions[2 * i + 1];
      return node;
    },
    { attributes: ['x', 'y'] },
  );
}

function createWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

export function startLayout(
  graph: DisplayGraph,
  { paused = false, ...setup }: { paused?: boolean } & LayoutSetup = {},
): void {
  stopLayout();
  const { input, index } = layoutInput(graph, setup);
  const stream = graph.order <= STREAM_UP_TO;
  const current = createWorker();
  worker = current;
  current.onmessage = (message: MessageEvent<LayoutEvent>) => {
    if (worker !== current) return;
    const event = message.data;
    if (event.positions) writePositions(graph, index, event.positions);
    const { layout, setLayout } = useExplorer.getState();
    setLayout({
      iterations: event.iterations,
      elapsedMilliseconds: event.elapsedMilliseconds,
      state: event.settled ? 'settled' : layout.state === 'paused' ? 'paused' : 'running',
    });
  };
  send({ type: 'start', input, paused, stream }, [input.positions.buffer, input.sizes.buffer]);
  useExplorer
    .getState()
    .setLayout({ state: paused ? 'paused' : 'running', iterations: 0, elapsedMilliseconds: 0 });
}

/**
 * Lays a large network out before it is drawn: resolves once the layout has settled, with the
 * positions written into `graph`; `onProgress` hears the iterations and time so far. The
 * returned `cancel` stops it (the promise then rejects).
 */
export function layOutBeforeShowing(
  graph: DisplayGraph,
  setup: LayoutSetup,
  onProgress: (iterations: number, elapsedMilliseconds: number) => void,
): { done: Promise<{ iterations: number; elapsedMilliseconds: number }>; cancel(): void } {
  const { input, index } = layoutInput(graph, setup);
  const own = createWorker();
  let reject: (error: Error) => void = () => {};
  const done = new Promise<{ iterations: number; elapsedMilliseconds: number }>((resolve, fail) => {
    reject = fail;
    own.onmessage = (message: MessageEvent<LayoutEvent>) => {
      const event = message.data;
      onProgress(event.iterations, event.elapsedMilliseconds);
      if (!event.settled || !event.positions) return;
      writePositions(graph, index, event.positions);
      own.terminate();
      resolve({ iterations: event.iterations, elapsedMilliseconds: event.elapsedMilliseconds });
    };
    own.onerror = (error) => fail(new Error(error.message));
  });
  own.postMessage({ type: 'start', input, paused: false, stream: false } satisfies LayoutCommand, [
    input.positions.buffer,
    input.sizes.buffer,
  ]);
  return {
    done,
    cancel() {
      own.terminate();
      reject(new Error('The layout was stopped.'));
    },
  };
}

function send(command: LayoutCommand, transfer: Transferable[] = []) {
  worker?.postMessage(command, transfer);
}

export function pauseLayout(): void {
  send({ type: 'pause' });
  useExplorer.getState().setLayout({ state: 'paused' });
}

export function resumeLayout(): void {
  send({ type: 'resume' });
  useExplorer.getState().setLayout({ state: 'running' });
}

/**
 * Runs the layout again from where the actors are now, keeping pinned actors in place and
 * communities together; used by "Run layout again" and when an actor is pinned mid-layout.
 */
export function runLayoutAgain(): void {
  const { display, analysis, pinned } = useExplorer.getState();
  if (!display) return;
  startLayout(display.graph, { community: analysis?.columns.community ?? null, pinned: new Set(pinned) });
}

export function stopLayout(): void {
  worker?.terminate();
  worker = null;
}
