/**
 * Measure options: declared once in each descriptor (types.ts), filled in and checked here for
 * every way a value arrives — the runner's defaults, the explorer's options form, a saved project
 * and the CLI's `--option measure.name=value`. A value that does not fit its declaration is
 * refused with a message that names the option, never passed on to a measure.
 */
import type { OptionSpec, OptionSpecs, OptionValues, ResolvedOptions } from './types.ts';

export type OptionValue = number | boolean | string;

export function defaultOptions<Options extends OptionSpecs>(measure: {
  readonly options: Options;
}): ResolvedOptions<Options> {
  return resolveOptions(measure, undefined);
}

/**
 * Every option of `measure` with a value: the given ones where they fit their declaration,
 * the defaults otherwise. Names the measure does not declare are ignored (settings are shared
 * between measures); `parseOptionAssignment` refuses them where a user typed them.
 */
export function resolveOptions<Options extends OptionSpecs>(
  measure: { readonly options: Options },
  given: OptionValues | undefined,
): ResolvedOptions<Options> {
  const values: Record<string, OptionValue> = {};
  for (const [name, spec] of Object.entries(measure.options as Record<string, OptionSpec>)) {
    const value = given && Object.hasOwn(given, name) ? given[name] : undefined;
    values[name] = value !== undefined && optionProblem(spec, value) === null ? value : spec.default;
  }
  return values as ResolvedOptions<Options>;
}

/** Why `value` does not fit `spec`, in words; null when it does. */
export function optionProblem(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (spec.integer && !Number.isInteger(value)) return 'must be a whole number';
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`;
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'choice':
      return typeof value === 'string' && spec.choices.includes(value)
        ? null
        : `must be one of ${spec.choices.join(', ')}`;
    case 'field':
      return typeof value === 'string' && value.trim() !== '' ? null : 'must name a field';
  }
}

/** Reads a value typed as text (a command line, a form field) as the option's type. */
export function parseOptionText(spec: OptionSpec, text: string): OptionValue {
  const trimmed = text.trim();
  if (spec.type === 'number') return trimmed === '' ? Number.NaN : Number(trimmed);
  if (spec.type === 'boolean') {
    const lower = trimmed.toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(lower)) return true;
    if (['false', 'no', '0', 'off'].includes(lower)) return false;
    return trimmed;
  }
  return trimmed;
}

export interface OptionAssignment {
  measureId: string;
  name: string;
  value: OptionValue;
}

/**
 * Parses `measure.name=value` against the registry; throws an Error whose message says what
 * is wrong (unknown measure, unknown option, a value that does not fit).
 */
export function parseOptionAssignment(
  text: string,
  measures: readonly { readonly id: string; readonly options: OptionSpecs }[],
): OptionAssignment {
  const match = /^([\w-]+)\.(\w+)=(.*)$/s.exec(text);
  if (!match) throw new Error(`"${text}" is not of the form measure.option=value (e.g. pagerank.alpha=0.9)`);
  const [, measureId, name, raw] = match;
  const measure = measures.find((candidate) => candidate.id === measureId);
  if (!measure) {
    const known = measures.filter((m) => Object.keys(m.options).length > 0).map((m) => m.id);
    throw new Error(`no measure "${measureId}"; measures with options: ${known.join(', ')}`);
  }
  const options = measure.options as Record<string, OptionSpec>;
  if (!Object.hasOwn(options, name)) {
    const known = Object.keys(options);
    throw new Error(
      known.length === 0
        ? `measure "${measureId}" has no options`
        : `measure "${measureId}" has no option "${name}"; its options: ${known.join(', ')}`,
    );
  }
  const value = parseOptionText(options[name], raw);
  const problem = optionProblem(options[name], value);
  if (problem) throw new Error(`${measureId}.${name} ${problem} (got "${raw}")`);
  return { measureId, name, value };
}
