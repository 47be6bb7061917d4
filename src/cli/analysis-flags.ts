/**
 * The analysis flags every analysing command shares (`analyze`, `suggest`, and those to come),
 * and how they become AnalysisSettings. `--option measure.name=value` is generated from the
 * registry: any option a descriptor declares can be set, and nothing else.
 */
import { type OptionValue, parseOptionAssignment } from '../analysis/options.ts';
import { MEASURES, SUGGESTIONS } from '../analysis/registry.ts';
import type { AnalysisSettings } from '../analysis/settings.ts';
import type { AnyMeasure, OptionSpec } from '../analysis/types.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import { formatTimeWindow, parseTimeWindow, snapshot, type TimeWindow, timeIndexOf } from '../model/time.ts';
import { UsageError } from './command.ts';

export const ANALYSIS_FLAGS = {
  'group-by': { type: 'string' },
  'local-by': { type: 'string' },
  'local-km': { type: 'string' },
  sample: { type: 'string' },
  seed: { type: 'string' },
  option: { type: 'string', multiple: true },
  threads: { type: 'string' },
  at: { type: 'string' },
  window: { type: 'string' },
  measures: { type: 'string' },
  exact: { type: 'boolean' },
} as const;

export const ANALYSIS_USAGE = `  --group-by FIELD       grouping for Gould–Fernandez brokerage (default: the locality field)
  --local-by FIELD       ties are local when both ends share FIELD (default: region)
  --local-km KM          ties are local when both ends lie within KM km (needs lat and lon)
  --sample K             estimate betweenness from K seeded pivots instead of every actor
  --seed N               random seed for communities and sampling (default: 42)
  --option M.NAME=VALUE  set an option of measure M (repeatable), e.g. pagerank.alpha=0.9;
                         \`clusterscope analyze --help\` lists them all
  --threads N            worker threads (default: one per core)
  --at YEAR              the network in one year: relations active then (design guide §4, Time)
  --window FROM:TO       the network over the years FROM to TO, both included
  --measures A,B,…       run only these measure groups (ids as in --option, e.g.
                         degree,pagerank,core,clustering,communities,locality,brokerage,paths)
  --exact                run exact shortest paths even when they are predicted to take long`;

export interface AnalysisFlagValues {
  'group-by'?: string;
  'local-by'?: string;
  'local-km'?: string;
  sample?: string;
  seed?: string;
  option?: string[];
  threads?: string;
  at?: string;
  window?: string;
  measures?: string;
  exact?: boolean;
}

export function analysisSettingsFrom(values: AnalysisFlagValues): AnalysisSettings {
  if (values['local-by'] !== undefined && values['local-km'] !== undefined)
    throw new UsageError('give --local-by or --local-km, not both');
  const options: Record<string, Record<string, OptionValue>> = {};
  for (const text of values.option ?? []) {
    let assignment: ReturnType<typeof parseOptionAssignment>;
    try {
      assignment = parseOptionAssignment(text, [...MEASURES, ...SUGGESTIONS]);
    } catch (error) {
      throw new UsageError(`--option ${(error as Error).message}`);
    }
    options[assignment.measureId] ??= {};
    options[assignment.measureId][assignment.name] = assignment.value;
  }
  return {
    localBy: values['local-by'],
    localKm: numberFlag('--local-km', values['local-km'], 0),
    groupBy: values['group-by'],
    sample: numberFlag('--sample', values.sample, 0),
    seed: numberFlag('--seed', values.seed, Number.NEGATIVE_INFINITY),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  };
}

/** The window `--at YEAR` or `--window FROM:TO` names; undefined when neither is given. */
export function timeWindowFrom(values: Pick<AnalysisFlagValues, 'at' | 'window'>): TimeWindow | undefined {
  if (values.at !== undefined && values.window !== undefined)
    throw new UsageError('give --at or --window, not both');
  if (values.at !== undefined) {
    const window = parseTimeWindow(values.at);
    if (!window || window.from !== window.to)
      throw new UsageError(`--at must be a year (got "${values.at}")`);
    return window;
  }
  return values.window === undefined ? undefined : windowFlag('--window', values.window);
}

/** A year or a window FROM:TO, as `--window`, `--from` and `--to` take it. */
export function windowFlag(flag: string, text: string): TimeWindow {
  const window = parseTimeWindow(text);
  if (!window) throw new UsageError(`${flag} must be a year or FROM:TO with FROM ≤ TO (got "${text}")`);
  return window;
}

/**
 * The network an analysing command works on: the snapshot in the window of `--at`/`--window`, or
 * the whole network. Says on `log` what the window kept, and when the data has no dates at all.
 */
export function networkInWindow(
  ecosystem: Ecosystem,
  values: Pick<AnalysisFlagValues, 'at' | 'window'>,
  log: (text: string) => void,
): Ecosystem {
  const window = timeWindowFrom(values);
  if (!window) return ecosystem;
  const index = timeIndexOf(ecosystem);
  if (index.first === null)
    log(`no relation or actor is dated: ${formatTimeWindow(window)} is the whole network\n`);
  const network = snapshot(ecosystem, window);
  log(`${formatTimeWindow(window)}: ${network.order} actors, ${network.size} relations\n`);
  return network;
}

/** The measures `--measures` names, in registry order; every measure when not given. */
export function measuresFrom(values: AnalysisFlagValues): readonly AnyMeasure[] {
  if (values.measures === undefined) return MEASURES;
  const asked = values.measures
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = asked.filter((id) => !MEASURES.some((measure) => measure.id === id));
  if (unknown.length > 0 || asked.length === 0)
    throw new UsageError(
      `--measures: ${unknown.length > 0 ? `no measure ${unknown.map((id) => `"${id}"`).join(', ')}` : 'name at least one'}; measures: ${MEASURES.map((m) => m.id).join(', ')}`,
    );
  return MEASURES.filter((measure) => asked.includes(measure.id));
}

export function threadsFrom(values: AnalysisFlagValues): number | undefined {
  return numberFlag('--threads', values.threads, 1);
}

export function numberFlag(flag: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < minimum)
    throw new UsageError(
      `${flag} must be a number${minimum > Number.NEGATIVE_INFINITY ? ` ≥ ${minimum}` : ''} (got "${value}")`,
    );
  return number;
}

/** Every measure option as `--option` takes it, for the usage text. */
export function measureOptionsUsage(): string {
  const lines = ['Measure options (--option M.NAME=VALUE; defaults in brackets):'];
  for (const measure of [...MEASURES, ...SUGGESTIONS]) {
    for (const [name, spec] of Object.entries(measure.options as Record<string, OptionSpec>)) {
      const flag = `  ${measure.id}.${name}`;
      lines.push(`${flag.padEnd(36)} ${spec.label} [${spec.default}]${typeNote(spec)}`);
    }
  }
  return lines.join('\n');
}

function typeNote(spec: OptionSpec): string {
  if (spec.type === 'choice') return ` (${spec.choices.join(' | ')})`;
  if (spec.type === 'boolean') return ' (true | false)';
  if (spec.type === 'field') return ' (a field name)';
  const range = [spec.min !== undefined ? `≥ ${spec.min}` : '', spec.max !== undefined ? `≤ ${spec.max}` : '']
    .filter(Boolean)
    .join(', ');
  return range ? ` (${range})` : '';
}
