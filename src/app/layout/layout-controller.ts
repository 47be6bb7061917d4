/**
 * Main-thread side of the layout: starts the worker on the display graph, writes streamed
 * positions into it (sigma redraws on its own) and keeps the store's layout status current.
 */
import type { DisplayGraph } from '../display-graph.ts';
import { useExplorer } from '../store.ts';
import type { LayoutCommand, LayoutEvent } from './protocol.ts';

let worker: Worker | null = null;

export function startLayout(graph: DisplayGraph, { paused = false } = {}): void {
  stopLayout();
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float32Array(2 * ids.length);
  const sizes = new Float32Array(ids.length);
  ids.forEach((id, i) => {
    const node = graph.getNodeAttributes(id);
    positions[2 * i] = node.x;
    positions[2 * i + 1] = node.y;
    sizes[i] = node.size;
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

  const current = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker = current;
  current.onmessage = (message: MessageEvent<LayoutEvent>) => {
    if (worker !== current) return;
    const event = message.data;
    graph.updateEachNodeAttributes(
      (id, node) => {
        const i = index.get(id) as number;
        node.x = event.positions[2 * i];
        node.y = event.positions[2 * i + 1];
        return node;
      },
      { attributes: ['x', 'y'] },
    );
    const { layout, setLayout } = useExplorer.getState();
    setLayout({
      iterations: event.iterations,
      elapsedMilliseconds: event.elapsedMilliseconds,
      state: event.settled ? 'settled' : layout.state === 'paused' ? 'paused' : 'running',
    });
  };
  send({ type: 'start', input: { positions, sizes, edges, weights }, paused }, [
    positions.buffer,
    sizes.buffer,
  ]);
  useExplorer
    .getState()
    .setLayout({ state: paused ? 'paused' : 'running', iterations: 0, elapsedMilliseconds: 0 });
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

export function stopLayout(): void {
  worker?.terminate();
  worker = null;
}
