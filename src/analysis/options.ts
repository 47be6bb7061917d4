/**
 * Measure options: declared once in each descriptor (types.ts), filled in and checked here for
 * every way a value arrives — the runner's defaults, the explorer's options form, a saved project
 * and the CLI's `--option measure.name=value`. A value that does not fit its declaration is
 * refused with a message that names the option, never passed on to a measure.
 */
import { type Phrase, PhrasedError, phrase } from '../i18n/phrase.ts';
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

/** Why `value` does not fit `spec` (a phrase, options.problem.*); null when it does. */
export function optionProblem(spec: OptionSpec, value: unknown): Phrase | null {
  switch (spec.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return phrase('options.problem.number');
      if (spec.integer && !Number.isInteger(value)) return phrase('options.problem.wholeNumber');
      if (spec.min !== undefined && value < spec.min)
        return phrase('options.problem.atLeast', { min: spec.min });
      if (spec.max !== undefined && value > spec.max)
        return phrase('options.problem.atMost', { max: spec.max });
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : phrase('options.problem.boolean');
    case 'choice':
      return typeof value === 'string' && spec.choices.includes(value)
        ? null
        : phrase('options.problem.choice', { choices: spec.choices.join(', ') });
    case 'field':
      return typeof value === 'string' && value.trim() !== '' ? null : phrase('options.problem.field');
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
 * Parses `measure.name=value` against the registry; throws a PhrasedError that says what is
 * wrong (unknown measure, unknown option, a value that does not fit).
 */
export function parseOptionAssignment(
  text: string,
  measures: readonly { readonly id: string; readonly options: OptionSpecs }[],
): OptionAssignment {
  const match = /^([\w-]+)\.(\w+)=(.*)$/s.exec(text);
  if (!match) throw new PhrasedError(phrase('options.assignment.form', { text }));
  const [, measureId, name, raw] = match;
  const measure = measures.find((candidate) => candidate.id === measureId);
  if (!measure) {
    const known = measures.filter((m) => Object.keys(m.options).length > 0).map((m) => m.id);
    throw new PhrasedError(
      phrase('options.assignment.noMeasure', { measure: measureId, known: known.join(', ') }),
    );
  }
  const options = measure.options as Record<string, OptionSpec>;
  if (!Object.hasOwn(options, name)) {
    const known = Object.keys(options);
    throw new PhrasedError(
      known.length === 0
        ? phrase('options.assignment.noOptions', { measure: measureId })
        : phrase('options.assignment.noOption', {
            measure: measureId,
            option: name,
            known: known.join(', '),
          }),
    );
  }
  const value = parseOptionText(options[name], raw);
  const problem = optionProblem(options[name], value);
  if (problem)
    throw new PhrasedError(
      phrase('options.assignment.badValue', {
        ...problem.values,
        reason: problem.key.slice('options.problem.'.length),
        option: `${measureId}.${name}`,
        raw,
      }),
    );
  return { measureId, name, value };
}
