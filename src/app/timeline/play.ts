/**
 * Playing the timeline: the window moves one stop at a time, and each step waits until the
 * pipeline has finished recomputing the network for it (measures and drawing included) before
 * the next, so a slow year is shown rather than skipped. Stops at the last stop, on a failed or
 * cancelled recomputation (the window is then no longer the one shown), or when the signal aborts
 * (the Stop button, a new network, a hand on the slider). The store and the clock come in as
 * functions, so the loop is tested without either.
 */
import type { TimeWindow } from '../../model/period.ts';
import { nextStep, playStart } from './timeline.ts';

export interface Player {
  readonly years: readonly number[];
  /** The window on screen now (null: the whole network). */
  current(): TimeWindow | null;
  /** Asks the pipeline for a window. */
  show(window: TimeWindow): void;
  /** Resolves once the pipeline has committed the window asked for; false when it failed. */
  settled(): Promise<boolean>;
  /** Resolves after the milliseconds a step stays on screen at least. */
  dwell(): Promise<void>;
}

/** Plays from where the window is; resolves with the number of windows shown. */
export async function play(player: Player, signal: AbortSignal): Promise<number> {
  let window = playStart(player.years, player.current());
  let shown = 0;
  while (window !== null && !signal.aborted) {
    player.show(window);
    shown++;
    if (!(await player.settled()) || signal.aborted) break;
    // A cancelled recomputation puts the window back; someone else chose another: stop.
    if (!sameWindow(player.current(), window)) break;
    const next = nextStep(player.years, window);
    if (next === null) break;
    await player.dwell();
    window = next;
  }
  return shown;
}

function sameWindow(a: TimeWindow | null, b: TimeWindow): boolean {
  return a !== null && a.from === b.from && a.to === b.to;
}
