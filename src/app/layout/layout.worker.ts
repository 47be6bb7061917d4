/**
 * Web Worker running the ForceAtlas2 layout off the main thread. It streams positions back
 * about every 30 ms, yields between batches so that pause and stop messages get through,
 * and reports when the layout has settled.
 */
import { ForceLayout, type LayoutInput } from './force-layout.ts';
import type { LayoutCommand, LayoutEvent } from './protocol.ts';

const BATCH_MILLISECONDS = 30;
let layout: ForceLayout | undefined;
let running = false;
let startedAt = 0;

function post(event: LayoutEvent, transfer: Transferable[] = []) {
  (self as unknown as Worker).postMessage(event, transfer);
}

function runBatch() {
  if (!layout || !running) return;
  const batchStart = performance.now();
  while (!layout.settled && performance.now() - batchStart < BATCH_MILLISECONDS) layout.step();
  const positions = layout.positions();
  const settled = layout.settled;
  post(
    {
      type: 'positions',
      positions,
      iterations: layout.iterations,
      movement: layout.movement,
      settled,
      elapsedMilliseconds: performance.now() - startedAt,
    },
    [positions.buffer],
  );
  if (settled) running = false;
  else setTimeout(runBatch, 0);
}

self.onmessage = (message: MessageEvent<LayoutCommand>) => {
  const command = message.data;
  switch (command.type) {
    case 'start':
      layout = new ForceLayout(command.input as LayoutInput, command.options);
      running = !command.paused;
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
