/**
 * Progress of a long analysis on standard error: the share done, what is running and how far
 * it has got in its own units (searches, brokers), and an estimate of the time left from the
 * pace so far. A line every tenth of the work, and at least every 15 s while a stage runs,
 * so that a long run never looks stuck.
 */
import type { ProgressDetail } from '../analysis/runner.ts';
import type { Translate, Wording } from '../i18n/i18n.ts';

const HEARTBEAT_MS = 15_000;

export interface ProgressPrinter {
  /** Takes a report from the runner; prints when a tenth more is done. */
  report(fraction: number, measureId: string, detail?: ProgressDetail): void;
  /** Prints the last state again when nothing was printed for a while (call it on a timer). */
  heartbeat(): void;
}

export function progressPrinter(
  log: (text: string) => void,
  { t }: Wording,
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
    const counted = detail ? t('cli.progress.detail', { ...detail }) : '';
    const what = measureId ? ` — ${measureId}${counted ? `: ${counted}` : ''}` : '';
    const percent = Math.floor(fraction * 100);
    log(`${t('cli.progress.analysing', { percent })}${what}${timeLeft(fraction, lastAt - started, t)}\n`);
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

/** ", about 2 min left", once enough is done for the pace to mean something. */
export function timeLeft(fraction: number, elapsedMs: number, t: Translate): string {
  if (fraction < 0.02 || fraction >= 1 || elapsedMs < 2000) return '';
  const leftSeconds = (elapsedMs / 1000) * ((1 - fraction) / fraction);
  return t('cli.progress.left', { duration: duration(leftSeconds, t) });
}

export function duration(totalSeconds: number, t: Translate): string {
  if (totalSeconds < 60) return t('cli.duration.seconds', { seconds: Math.max(1, Math.round(totalSeconds)) });
  if (totalSeconds < 3600) return t('cli.duration.minutes', { minutes: Math.round(totalSeconds / 60) });
  const hours = Math.floor(totalSeconds / 3600);
  return t('cli.duration.hours', { hours, minutes: Math.round((totalSeconds - hours * 3600) / 60) });
}
