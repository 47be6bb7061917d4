/**
 * A test's declared options as form values, and back: the form shows what the descriptor
 * declares (statistics/types.ts), values typed are read and checked by the same functions the
 * command line uses (statistics/options.ts), and a form without problems gives the request the
 * pipeline worker runs.
 */
import type { OptionValue } from '../../../analysis/options.ts';
import { parseTestOptionText, testOptionProblem } from '../../../analysis/statistics/options.ts';
import { TESTS } from '../../../analysis/statistics/registry.ts';
import type { AnyTest, TestOptionSpec } from '../../../analysis/statistics/types.ts';
import type { Phrase } from '../../../i18n/phrase.ts';
import type { TestRequest } from '../../pipeline/statistics-job.ts';

/** What the user typed or chose, by option name: text for inputs and selects, booleans for boxes. */
export type Draft = Readonly<Record<string, string | boolean>>;

/**
 * The test the Statistics view is set to and what was typed for each test: part of the session
 * (saved with the workspace and the project file), so a reload brings the same form back.
 */
export interface StatisticsChoice {
  readonly testId: string;
  /** Per test id, so switching tests keeps each one's values. */
  readonly drafts: Readonly<Record<string, Draft>>;
}

export const DEFAULT_STATISTICS_CHOICE: StatisticsChoice = { testId: TESTS[0].id, drafts: {} };

export interface FormField {
  readonly name: string;
  readonly spec: TestOptionSpec;
  /** What the control shows: the draft's value, else the declared default. */
  readonly value: string | boolean;
  /** The declaration's complaint about the value (a phrase, from options.ts); null when it fits. */
  readonly problem: Phrase | null;
}

export interface TestForm {
  readonly fields: readonly FormField[];
  /** The request to run; null while some value does not fit. */
  readonly request: TestRequest | null;
}

/** A declared default as the control shows it. */
export function controlValue(spec: TestOptionSpec, value: OptionValue): string | boolean {
  return spec.type === 'boolean' ? value === true : String(value);
}

export function testForm(test: AnyTest, draft: Draft): TestForm {
  const options: Record<string, OptionValue> = {};
  let fits = true;
  const fields = Object.entries(test.options as Record<string, TestOptionSpec>).map(([name, spec]) => {
    const value = Object.hasOwn(draft, name) ? draft[name] : controlValue(spec, spec.default);
    const parsed = typeof value === 'boolean' ? value : parseTestOptionText(spec, value);
    const problem = testOptionProblem(spec, parsed);
    if (problem === null) options[name] = parsed;
    else fits = false;
    return { name, spec, value, problem };
  });
  return { fields, request: fits ? { testId: test.id, options } : null };
}

/** Whether two requests ask for the same test with the same values. */
export function sameRequest(a: TestRequest, b: TestRequest): boolean {
  if (a.testId !== b.testId) return false;
  const names = new Set([...Object.keys(a.options), ...Object.keys(b.options)]);
  return [...names].every((name) => a.options[name] === b.options[name]);
}

export interface FieldChoices {
  /** Fields of the actors: `kind` and every field of the data. */
  readonly fields: readonly string[];
  /** Measure columns the analysis holds, usable where no actor has a field of that name. */
  readonly measures: readonly string[];
}

/**
 * What a field option can be set to: actor fields first, then measure columns; the value the
 * form holds is always on the list, so a default the network lacks still shows (and the test
 * then says that no actor has it).
 */
export function fieldChoices(
  actorFields: readonly string[],
  measureColumns: readonly string[],
  current: string,
): FieldChoices {
  const fields = [...new Set(['kind', ...actorFields])];
  const measures = measureColumns.filter((name) => !fields.includes(name));
  if (!fields.includes(current) && !measures.includes(current)) fields.push(current);
  return { fields, measures };
}
