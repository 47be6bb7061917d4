/**
 * The analysis flags every analysing command shares (`analyze`, `suggest`, and those to come),
 * and how they become AnalysisSettings. `--option measure.name=value` is generated from the
 * registry: any option a descriptor declares can be set, and nothing else.
 */
import { type OptionValue, parseOptionAssignment } from '../analysis/options.ts';
import { MEASURES, SUGGESTIONS } from '../analysis/registry.ts';
import type { AnalysisSettings } from '../analysis/settings.ts';
import type { AnyMeasure, OptionSpec } from '../analysis/types.ts';
import type { Translate, Wording } from '../i18n/i18n.ts';
import { phraseOfError } from '../i18n/phrase.ts';
import { optionLabel } from '../i18n/registry-texts.ts';
import { parseTimeWindow, type TimeWindow } from '../model/time.ts';
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

/** The analysis options' lines of a usage text, in the person's language. */
export function analysisUsage(t: Translate): string {
  return t('cli.usage.analysisOptions');
}

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
    throw new UsageError('cli.error.notBoth', { a: '--local-by', b: '--local-km' });
  const options: Record<string, Record<string, OptionValue>> = {};
  for (const text of values.option ?? []) {
    let assignment: ReturnType<typeof parseOptionAssignment>;
    try {
      assignment = parseOptionAssignment(text, [...MEASURES, ...SUGGESTIONS]);
    } catch (error) {
      throw new UsageError('cli.error.option', { problem: phraseOfError(error, 'cli.error.commandLine') });
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
    throw new UsageError('cli.error.notBoth', { a: '--at', b: '--window' });
  if (values.at !== undefined) {
    const window = parseTimeWindow(values.at);
    if (!window || window.from !== window.to) throw new UsageError('cli.error.at', { value: values.at });
    return window;
  }
  return values.window === undefined ? undefined : windowFlag('--window', values.window);
}

/** A year or a window FROM:TO, as `--window`, `--from` and `--to` take it. */
export function windowFlag(flag: string, text: string): TimeWindow {
  const window = parseTimeWindow(text);
  if (!window) throw new UsageError('cli.error.window', { flag, value: text });
  return window;
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
    throw new UsageError('cli.error.measures', {
      given: unknown.length > 0 ? 'yes' : 'no',
      unknown: unknown.map((id) => `"${id}"`).join(', '),
      measures: MEASURES.map((m) => m.id).join(', '),
    });
  return MEASURES.filter((measure) => asked.includes(measure.id));
}

export function threadsFrom(values: AnalysisFlagValues): number | undefined {
  return numberFlag('--threads', values.threads, 1);
}

export function numberFlag(flag: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < minimum)
    throw new UsageError('cli.error.number', {
      flag,
      value,
      minimum: minimum > Number.NEGATIVE_INFINITY ? String(minimum) : 'none',
    });
  return number;
}

/** Every measure option as `--option` takes it, for the usage text: its label in the person's language. */
export function measureOptionsUsage({ t }: Wording): string {
  const lines = [t('cli.usage.measureOptions')];
  for (const measure of [...MEASURES, ...SUGGESTIONS]) {
    for (const [name, spec] of Object.entries(measure.options as Record<string, OptionSpec>)) {
      const flag = `  ${measure.id}.${name}`;
      lines.push(
        `${flag.padEnd(36)} ${optionLabel(t, measure.id, name)} [${spec.default}]${typeNote(spec, t)}`,
      );
    }
  }
  return lines.join('\n');
}

function typeNote(spec: OptionSpec, t: Translate): string {
  if (spec.type === 'choice') return ` (${spec.choices.join(' | ')})`;
  if (spec.type === 'boolean') return ' (true | false)';
  if (spec.type === 'field') return ` (${t('cli.usage.fieldName')})`;
  const range = [spec.min !== undefined ? `≥ ${spec.min}` : '', spec.max !== undefined ? `≤ ${spec.max}` : '']
    .filter(Boolean)
    .join(', ');
  return range ? ` (${range})` : '';
}
