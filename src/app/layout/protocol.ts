/** Messages between the layout controller (main thread) and the layout worker. */
import type { LayoutInput, LayoutOptions } from './force-layout.ts';

export type LayoutCommand =
  | { type: 'start'; input: LayoutInput; options?: Partial<LayoutOptions>; paused?: boolean }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' };

export type LayoutEvent = {
  type: 'positions';
  positions: Float32Array;
  iterations: number;
  movement: number;
  settled: boolean;
  elapsedMilliseconds: number;
};
