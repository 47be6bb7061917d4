/**
 * Web Worker running the force layout off the main thread. It works in batches of about 30 ms
 * and yields between them, so pause and stop messages get through; after each batch it sends
 * the positions (streaming) or only how far it has got (settling out of sight), and the final
 * positions once settled and finished (overlaps removed, components packed).
 */
import { ForceLayout, type LayoutInput } from './force-layout.ts';
import type { LayoutCommand, LayoutEvent } from './protocol.ts';

const BATCH_MILLISECONDS = 30;
let layout: ForceLayout | undefined;
let running = false;
let streaming = true;
let startedAt = 0;

function post(event: LayoutEvent, transfer: Transferable[] = []) {
  (self as unknown as Worker).postMessage(event, transfer);
}

function runBatch() {
  if (!layout || !running) return;
  const batchStart = performance.now();
  while (!layout.settled && performance.now() - batchStart < BATCH_MILLISECONDS) layout.step();
  const settled = layout.settled;
  if (settled) layout.finish();
  const status = {
    iterations: layout.iterations,
    movement: layout.movement,
    settled,
    elapsedMilliseconds: performance.now() - startedAt,
  };
  if (streaming || settled) {
    const positions = layout.positions();
    post({ type: 'positions', positions, ...status }, [positions.buffer]);
  } else post({ type: 'progress', ...status });
  if (settled) running = false;
  else setTimeout(runBatch, 0);
}

self.onmessage = (message: MessageEvent<LayoutCommand>) => {
  const command = message.data;
  switch (command.type) {
    case 'start':
      layout = new ForceLayout(command.input as LayoutInput, command.options);
      running = !command.paused;
      streaming = command.stream;
      startedAt = performance.now();
      runBatch();
      break;
    case 'pause':
      running = false;
      break;
    case 'resume':
      if (layout && !running) {
        if (layout.settled) layout.wake();
        running = true;
        runBatch();
      }
      break;
    case 'stop':
      running = false;
      layout = undefined;
      break;
  }
};
