/**
 * Tests against chance: the "test" family beside the measure registry. A test compares an
 * observed statistic with its distribution under a null model (labels shuffled, actors
 * permuted, a uniform random graph) drawn by Monte Carlo. Like a measure it is a typed
 * descriptor with declared options and method text; unlike a measure it returns statistics
 * with p-values and their distributions rather than per-actor columns (though it may add some).
 *
 * The work splits by permutation: permutation r always uses the random stream seeded by
 * (seed, r), so any split over workers gives the same draws, and one thread or sixteen give
 * the same bytes.
 */
import type { AnalysisInput, Column, OptionSpec, Progress, ResultTable } from '../types.ts';
import type { Sentence } from './sentences.ts';

/**
 * Options of a test: those of a measure, plus dyadic terms (`supply,same:region,km`, see
 * dyads.ts), a comma-separated list held as one string.
 */
export type TestOptionSpec =
  | OptionSpec
  | {
      readonly type: 'terms';
      readonly label: string;
      readonly default: string;
      /** How many terms the list must hold. */
      readonly minTerms: number;
      readonly maxTerms?: number;
    };

export type TestOptionSpecs = Readonly<Record<string, TestOptionSpec>>;

/** Every option of a test with its value: what `observe` and `permute` receive. */
export type ResolvedTestOptions<Options extends TestOptionSpecs> = {
  readonly [Name in keyof Options]: Options[Name] extends { type: 'number' }
    ? number
    : Options[Name] extends { type: 'boolean' }
      ? boolean
      : string;
};

/** Which side of the null distribution the observed value lies on. */
export type Direction = 'above' | 'below' | 'equal';

export interface PValues {
  /** Share of draws ≥ the observed value (sna's pgreq). */
  readonly greater: number;
  /** Share of draws ≤ the observed value (sna's pleeq). */
  readonly less: number;
  /** Two-sided p; how it is formed is the test's `twoSidedRule`. */
  readonly twoSided: number;
}

export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last. */
  readonly min: number;
  readonly max: number;
  /** Draws per bin; bins are equally wide. */
  readonly counts: readonly number[];
}

/** What the null model is, for the sentence and the methods page. */
export type NullModel = 'label-permutation' | 'uniform-graph' | 'qap' | 'qap-semipartial';

/** One statistic of a test, with everything a view needs to say what it means. */
export interface StatisticResult {
  /** Stable id within the test, e.g. `ei_index`, `ei_index:north`, `coefficient:same:region`. */
  readonly id: string;
  /** English name of the statistic ("E-I index", "QAP correlation", "t-value of same region"). */
  readonly name: string;
  /** What it is about: the whole network, one group, one regression term, one role. */
  readonly subject: StatisticSubject;
  /** The value on the data; null when undefined (no ties, no variance). */
  readonly observed: number | null;
  /** Mean, standard deviation and 2.5 %, 50 %, 97.5 % quantiles of the defined draws. */
  readonly nullMean: number | null;
  readonly nullSd: number | null;
  readonly nullQuantiles: readonly [number, number, number] | null;
  /** (observed − null mean) / null sd; null when the sd is 0. */
  readonly z: number | null;
  readonly direction: Direction | null;
  readonly p: PValues | null;
  /** Monte Carlo standard error of each p: √(p(1 − p)/R). */
  readonly pStandardError: PValues | null;
  /** Draws in which the statistic was defined (R minus draws without ties, for example). */
  readonly draws: number;
  readonly histogram: Histogram | null;
  /** Every draw in permutation order (NaN where undefined), for charts and exports. */
  readonly distribution: readonly number[];
  /** What the result says in words (sentences.ts); null when the statistic is undefined. */
  readonly sentence: Sentence | null;
}

export type StatisticSubject =
  | { readonly kind: 'network' }
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'term'; readonly term: string }
  | { readonly kind: 'role'; readonly role: string };

/** What a test returns: JSON-ready, self-describing. */
export interface TestResult {
  readonly test: string;
  readonly label: string;
  readonly nullModel: NullModel;
  /** How the two-sided p is formed: sna's |draw| ≥ |observed| or twice the smaller tail. */
  readonly twoSidedRule: 'absolute' | 'doubled';
  readonly permutations: number;
  readonly seed: number;
  /** The options as resolved (field, relations, …). */
  readonly options: Readonly<Record<string, number | boolean | string>>;
  readonly statistics: readonly StatisticResult[];
  /** Graph-level figures that are not tested (R², residual df, actors left out, …). */
  readonly figures: Readonly<Record<string, number | string | null>>;
  /** Per-actor columns (e.g. each actor's brokerage p-values), aligned with the node index. */
  readonly columns: Readonly<Record<string, Column>>;
  readonly tables: Readonly<Record<string, ResultTable>>;
}

/** Draws of one chunk of permutations, statistic by statistic, plus per-actor tallies. */
export interface PermutationChunk {
  readonly first: number;
  /** draws[s][k]: statistic s in permutation first + k (NaN where undefined). */
  readonly draws: readonly Float64Array[];
  /** Per-actor counts of draws ≥ / ≤ the actor's observed value, by column id. */
  readonly greater?: Readonly<Record<string, Float64Array>>;
  readonly less?: Readonly<Record<string, Float64Array>>;
}

/** The observed side of a test: statistic values and per-actor observed values to tally against. */
export interface Observed {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly subjects: readonly StatisticSubject[];
  readonly values: readonly (number | null)[];
  /** Per-actor observed values by column id, for per-actor tallies (brokerage roles). */
  readonly actorValues?: Readonly<Record<string, Float64Array>>;
  readonly figures?: Readonly<Record<string, number | string | null>>;
  readonly tables?: Readonly<Record<string, ResultTable>>;
}

/** Thrown when the data cannot support a test (unknown relation kind, no values of a field). */
export class TestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestInputError';
  }
}

export interface TestDescriptor<
  Id extends string = string,
  Options extends TestOptionSpecs = TestOptionSpecs,
> {
  readonly id: Id;
  readonly label: string;
  /** One paragraph: statistic, null model, p-values, and the reference it matches. */
  readonly method: string;
  readonly nullModel: NullModel;
  readonly twoSidedRule: 'absolute' | 'doubled';
  readonly options: Options;
  /** The statistics on the data. Throws TestInputError when the data cannot support the test. */
  observe(input: AnalysisInput, options: ResolvedTestOptions<Options>): Observed;
  /** Draws for permutations first … first + count − 1; any worker, any order. */
  permute(
    input: AnalysisInput,
    options: ResolvedTestOptions<Options>,
    first: number,
    count: number,
    progress: Progress,
  ): PermutationChunk;
}

// biome-ignore lint/suspicious/noExplicitAny: each test's options differ; callers resolve them with resolveOptions.
export type AnyTest = TestDescriptor<string, any>;

/** Declares a test, keeping its id and option names as literal types. */
export function defineTest<const Id extends string, const Options extends TestOptionSpecs>(
  descriptor: TestDescriptor<Id, Options>,
): TestDescriptor<Id, Options> {
  return descriptor;
}

/** Options every test shares: how many permutations and the seed. */
export const PERMUTATION_OPTIONS = {
  permutations: {
    type: 'number',
    label: 'Permutations',
    default: 1000,
    min: 1,
    max: 1_000_000,
    integer: true,
  },
  seed: { type: 'number', label: 'Random seed', default: 42, integer: true },
} as const satisfies TestOptionSpecs;
