/**
 * Test options filled in and checked in one place, as options.ts does for measures: defaults
 * for what is not given, and a message naming the option for a value that does not fit. Term
 * lists are checked for their syntax here and against the network when the test observes.
 */
import { type Phrase, PhrasedError, phrase } from '../../i18n/phrase.ts';
import { type OptionValue, optionProblem, parseOptionText } from '../options.ts';
import type { OptionValues } from '../types.ts';
import { parseDyadTerms } from './dyads.ts';
import type { AnyTest, ResolvedTestOptions, TestOptionSpec, TestOptionSpecs } from './types.ts';

/** Why `value` does not fit `spec` (a phrase, options.problem.*); null when it does. */
export function testOptionProblem(spec: TestOptionSpec, value: unknown): Phrase | null {
  if (spec.type !== 'terms') return optionProblem(spec, value);
  if (typeof value !== 'string') return phrase('options.problem.terms');
  let count: number;
  try {
    count = parseDyadTerms(value).length;
  } catch (error) {
    return phrase('options.problem.termSyntax', { detail: (error as Error).message });
  }
  if (count < spec.minTerms) return phrase('options.problem.minTerms', { min: spec.minTerms });
  if (spec.maxTerms !== undefined && count > spec.maxTerms)
    return phrase('options.problem.maxTerms', { max: spec.maxTerms });
  return null;
}

/** Every option with a value: the given ones where they fit, the defaults otherwise. */
export function resolveTestOptions<Options extends TestOptionSpecs>(
  test: { readonly options: Options },
  given: OptionValues | undefined,
): ResolvedTestOptions<Options> {
  const values: Record<string, OptionValue> = {};
  for (const [name, spec] of Object.entries(test.options as Record<string, TestOptionSpec>)) {
    const value = given && Object.hasOwn(given, name) ? given[name] : undefined;
    values[name] = value !== undefined && testOptionProblem(spec, value) === null ? value : spec.default;
  }
  return values as ResolvedTestOptions<Options>;
}

/**
 * Checks given values strictly (a command line, a saved project): throws a PhrasedError naming
 * the first option that is unknown or does not fit, instead of falling back to its default.
 */
export function checkTestOptions(test: AnyTest, given: OptionValues): void {
  for (const [name, value] of Object.entries(given)) {
    if (!Object.hasOwn(test.options, name)) {
      throw new PhrasedError(
        phrase('options.test.noOption', {
          test: test.id,
          option: name,
          known: Object.keys(test.options).join(', '),
        }),
      );
    }
    const problem = testOptionProblem(test.options[name] as TestOptionSpec, value);
    if (problem)
      throw new PhrasedError(
        phrase('options.test.badValue', { option: `${test.id}.${name}`, problem, value: String(value) }),
      );
  }
}

/** Reads a value typed as text as the option's type. */
export function parseTestOptionText(spec: TestOptionSpec, text: string): OptionValue {
  return spec.type === 'terms' ? text.trim() : parseOptionText(spec, text);
}
