/**
 * Progress of a long analysis on standard error: the share done, what is running and how far
 * it has got in its own units (searches, brokers), and an estimate of the time left from the
 * pace so far. A line every tenth of the work, and at least every 15 s while a stage runs,
 * so that a long run never looks stuck.
 */
import type { ProgressDetail } from '../analysis/runner.ts';

const HEARTBEAT_MS = 15_000;

export interface ProgressPrinter {
  /** Takes a report from the runner; prints when a tenth more is done. */
  report(fraction: number, measureId: string, detail?: ProgressDetail): void;
  /** Prints the last state again when nothing was printed for a while (call it on a timer). */
  heartbeat(): void;
}

export function progressPrinter(
  log: (text: string) => void,
  now: () => number = () => performance.now(),
): ProgressPrinter {
  const started = now();
  let lastTenth = -1;
  let lastAt = started;
  let state: { fraction: number; measureId: string; detail?: ProgressDetail } = {
    fraction: 0,
    measureId: '',
  };
  const print = () => {
    lastAt = now();
    const { fraction, measureId, detail } = state;
    const what = measureId
      ? ` — ${measureId}${detail ? `: ${detail.done.toLocaleString('en')} of ${detail.total.toLocaleString('en')} ${detail.unit}` : ''}`
      : '';
    log(`analysing… ${Math.floor(fraction * 100)}%${what}${timeLeft(fraction, lastAt - started)}\n`);
  };
  return {
    report(fraction, measureId, detail) {
      state = { fraction, measureId, detail };
      const tenth = Math.floor(fraction * 10);
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      print();
    },
    heartbeat() {
      if (now() - lastAt >= HEARTBEAT_MS) print();
    },
  };
}

/** "about 2 min left", once enough is done for the pace to mean something. */
export function timeLeft(fraction: number, elapsedMs: number): string {
  if (fraction < 0.02 || fraction >= 1 || elapsedMs < 2000) return '';
  const leftSeconds = (elapsedMs / 1000) * ((1 - fraction) / fraction);
  return `, about ${duration(leftSeconds)} left`;
}

export function duration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${Math.max(1, Math.round(totalSeconds))} s`;
  if (totalSeconds < 3600) return `${Math.round(totalSeconds / 60)} min`;
  const hours = Math.floor(totalSeconds / 3600);
  return `${hours} h ${Math.round((totalSeconds - hours * 3600) / 60)} min`;
}
