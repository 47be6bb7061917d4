/** Messages between the layout controller (main thread) and the layout worker. */
import type { LayoutInput, LayoutOptions } from './force-layout.ts';

export type LayoutCommand =
  | {
      type: 'start';
      input: LayoutInput;
      options?: Partial<LayoutOptions>;
      paused?: boolean;
      /**
       * Send positions while running (animated), or only once settled. Drawing a position
       * update reprocesses the whole network in sigma: fine at a thousand actors, a long task
       * at sixteen thousand.
       */
      stream: boolean;
    }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' };

export type LayoutEvent = {
  type: 'positions' | 'progress';
  /** Present on 'positions' events only. */
  positions?: Float32Array;
  iterations: number;
  movement: number;
  settled: boolean;
  elapsedMilliseconds: number;
};
