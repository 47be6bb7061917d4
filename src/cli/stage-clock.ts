/**
 * Wall-clock time per stage of a command (read, build, each measure, write), and the report
 * `--timings` prints: where the time went, and how busy each worker thread was.
 */
import type { AnalysisResult } from '../analysis/runner.ts';
import type { Wording } from '../i18n/i18n.ts';

export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

export class StageClock {
  readonly stages: StageTiming[] = [];

  async time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.stages.push({ stage, ms: performance.now() - started });
    }
  }

  get totalMs(): number {
    return this.stages.reduce((sum, stage) => sum + stage.ms, 0);
  }
}

/** The stages the commands time, by the name timings JSON keeps; their words are cli.timings.stage.<key>. */
export const STAGES: Readonly<Record<string, string>> = {
  'read and build': 'readAndBuild',
  'start workers': 'startWorkers',
  measures: 'measures',
  write: 'write',
};

/**
 * The timings report: each stage; under the measure stage, each measure's wall time from its
 * first job to its last and its CPU time summed over workers; then each worker's busy time
 * and share of the measure stage.
 */
export function formatTimings(clock: StageClock, result: AnalysisResult | undefined, { t }: Wording): string {
  const seconds = (ms: number) => t('cli.timings.seconds', { seconds: ms / 1000 });
  const name = (stage: string) => (STAGES[stage] ? t(`cli.timings.stage.${STAGES[stage]}`) : stage);
  const lines = [t('cli.timings.title')];
  const width = Math.max(...clock.stages.map((stage) => name(stage.stage).length), 12);
  for (const stage of clock.stages) {
    lines.push(`  ${name(stage.stage).padEnd(width)}  ${seconds(stage.ms).padStart(9)}`);
    if (stage.stage !== 'measures' || !result) continue;
    const ids = Object.keys(result.timings).sort((a, b) => result.timings[b] - result.timings[a]);
    for (const id of ids) {
      const span = result.spans?.[id];
      const wall = span === undefined ? '' : `${t('cli.timings.wall', { time: seconds(span) })}, `;
      lines.push(
        `    ${id.padEnd(width - 2)}  ${wall}${t('cli.timings.cpu', { time: seconds(result.timings[id]) })}`,
      );
    }
    (result.workerBusy ?? []).forEach((busy, worker) => {
      const share = stage.ms > 0 ? Math.round((100 * busy) / stage.ms) : 0;
      lines.push(`    ${t('cli.timings.worker', { worker: worker + 1, time: seconds(busy), share })}`);
    });
  }
  lines.push(`  ${t('cli.timings.total').padEnd(width)}  ${seconds(clock.totalMs).padStart(9)}`);
  return `${lines.join('\n')}\n`;
}

/** The timings as data: stages, per-measure wall and CPU time, worker busy time, peak memory. */
export function timingsJson(
  clock: StageClock,
  result: AnalysisResult,
  threads: number,
  network: { actorCount: number; relationCount: number; columnar: boolean },
) {
  return {
    threads,
    actors: network.actorCount,
    relations: network.relationCount,
    columnar: network.columnar,
    stages: Object.fromEntries(clock.stages.map((stage) => [stage.stage, stage.ms])),
    totalMs: clock.totalMs,
    measures: Object.fromEntries(
      Object.keys(result.timings).map((id) => [
        id,
        { cpuMs: result.timings[id], wallMs: result.spans?.[id] ?? null },
      ]),
    ),
    workerBusyMs: result.workerBusy ?? [],
    // maxRSS covers every thread of the process: the workers share its memory.
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / (1024 * 1024),
  };
}
