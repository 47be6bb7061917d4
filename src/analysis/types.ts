/**
 * The contract between measures, the registry, the runner and everything that reads results.
 * A measure reads compact views and returns columns aligned with the view's node index.
 */
import type { FlowView, TieView } from '../model/views.ts';
import type { RelationLayers } from './statistics/layers.ts';

/** Per-actor attribute columns the measures may need (kind, locality, coordinates, frontier flag). */
export interface ActorTable {
  /** Actor kind per node index. */
  readonly kind: readonly string[];
  /** Categorical or numeric field values per node index; missing values are null. */
  field(name: string): readonly (string | number | boolean | null)[];
}

export interface AnalysisInput {
  readonly tie: TieView;
  readonly flow: FlowView;
  readonly actors: ActorTable;
  /**
   * Per CSR slot of the tie view (aligned with `tie.neighbours`): the relation kinds joining the
   * pair, as bits (bit k set when a relation of kind RELATION_KINDS[k] joins them). The tie view
   * folds kinds into one tie; measures about one kind of tie (knowledge ties) read them here.
   */
  readonly tieKinds: Uint8Array;
  /** The flow view of each relation kind, for dyadic tests (QAP); built only where a test needs it. */
  readonly layers?: RelationLayers;
}

/** Values per node index; NaN marks "undefined for this actor" (written as an empty cell). */
export type Column = Float64Array;

export interface MeasureResult {
  /** Output columns by their public name (the CLI's column names). */
  readonly columns: Readonly<Record<string, Column>>;
  /** Graph-level figures, for the summary. */
  readonly graph?: Readonly<Record<string, number | string | null>>;
  /** Tables of rows that are neither actors nor the whole graph (groups, communities), by id. */
  readonly tables?: Readonly<Record<string, ResultTable>>;
}

/** A cell of a result table: lists of node indices name the actors behind a row (top brokers). */
export type TableValue = number | string | null | readonly number[];

/** Rows of a summary (one per group or community), ready for a panel or a JSON summary. */
export interface ResultTable {
  readonly label: string;
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, TableValue>>[];
}

export interface Progress {
  /** Reports the fraction done in [0, 1] of this measure's own work. */
  report(fraction: number): void;
  /** Throws `AnalysisCancelled` when the user has cancelled; measures call it in their outer loops. */
  checkpoint(): void;
}

export type OptionSpec =
  | {
      readonly type: 'number';
      readonly label: string;
      readonly default: number;
      readonly min?: number;
      readonly max?: number;
      /** Whole numbers only (iterations, pivots, seeds). */
      readonly integer?: boolean;
    }
  | { readonly type: 'boolean'; readonly label: string; readonly default: boolean }
  | {
      readonly type: 'choice';
      readonly label: string;
      readonly default: string;
      readonly choices: readonly string[];
      /** Each choice in words, where the value itself is not (the value is what flags and files take). */
      readonly choiceLabels?: Readonly<Record<string, string>>;
    }
  | { readonly type: 'field'; readonly label: string; readonly default: string };

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Option values as handed around before defaults are filled in (settings, the CLI, saved projects). */
export type OptionValues = Readonly<Record<string, number | boolean | string>>;

/** The value type each kind of option takes. */
type OptionValueOf<Spec extends OptionSpec> = Spec extends { type: 'number' }
  ? number
  : Spec extends { type: 'boolean' }
    ? boolean
    : string;

/** Every option of a descriptor with its value: what `compute` receives (the runner fills in defaults). */
export type ResolvedOptions<Options extends OptionSpecs> = {
  readonly [Name in keyof Options]: OptionValueOf<Options[Name]>;
};

export type MeasureFamily =
  | 'centrality'
  | 'embeddedness'
  | 'structural-holes'
  | 'brokerage'
  | 'locality'
  | 'community'
  | 'network';

export interface OutputSpec<Id extends string = string> {
  /** Column name, as in the CLI's CSV header. */
  readonly id: Id;
  readonly label: string;
  /** Integer counts are shown without decimals. */
  readonly integer?: boolean;
  /** For category columns: the label of each code (the column holds 0, 1, … or NaN). */
  readonly categories?: readonly string[];
}

/**
 * What a measure returns: exactly its declared columns (and those of the measures it
 * produces, see `producedBy`), plus graph figures and tables.
 */
export interface MeasureResultOf<Output extends string> extends MeasureResult {
  readonly columns: Readonly<Record<Output, Column>>;
}

/**
 * A measure as the registry holds it. `Id` and `Output` are literal types (see `defineMeasure`),
 * so the registry derives the union of every output id and the app cannot ask for a column
 * that no measure produces.
 */
export interface MeasureDescriptor<
  Id extends string = string,
  Output extends string = string,
  Options extends OptionSpecs = OptionSpecs,
> {
  readonly id: Id;
  readonly label: string;
  readonly family: MeasureFamily;
  /** One paragraph: formula, variant, and the reference implementation it matches. */
  readonly method: string;
  readonly outputs: readonly OutputSpec<Output>[];
  /** Declared once: the app's options form and the CLI's `--option id.name=value` come from here. */
  readonly options: Options;
  compute(
    input: AnalysisInput,
    options: ResolvedOptions<Options>,
    progress: Progress,
  ): MeasureResultOf<Output>;
  /** Present when the work splits by node (BFS sources, brokers), so the runner can share it across workers. */
  readonly splitBySource?: SourceSplit<unknown, ResolvedOptions<Options>, Output>;
  /**
   * The id of another measure whose result already carries this one's columns (brokerage
   * computes its z-scores with its raw counts). The runner then runs only that one, when both
   * are in the run with the same values of this measure's options; `compute` serves runs of
   * this measure alone.
   */
  readonly producedBy?: string;
  /**
   * The id of a measure whose work this one reuses where both run in one thread (the community
   * summaries name brokers by the constraint structural holes computes). On a pool of workers,
   * this measure then runs on the worker that ran that one, right after it.
   */
  readonly reuses?: string;
}

/** A registry entry seen from outside, whatever its literal types. */
// biome-ignore lint/suspicious/noExplicitAny: the options of each measure differ; callers resolve them with resolveOptions.
export type AnyMeasure = MeasureDescriptor<string, string, any>;

/**
 * Declares a measure, keeping its id, output ids and option names as literal types. Every
 * measure file exports the result of one call.
 */
export function defineMeasure<
  const Id extends string,
  const Output extends string,
  const Options extends OptionSpecs = Record<never, OptionSpec>,
>(descriptor: MeasureDescriptor<Id, Output, Options>): MeasureDescriptor<Id, Output, Options> {
  return descriptor;
}

/**
 * A measure whose cost is a sum of independent work per node (one search per source, one
 * broker's two-paths): `partial` handles a list of those nodes (pure, any worker), `merge`
 * adds partial results up in the order given (into the first part, which it may take over:
 * parts are network-sized arrays), `finish` turns the total into the measure's result. `compute` must equal finish(merge(partial(all sources))).
 */
export interface SourceSplit<Partial = unknown, Options = OptionValues, Output extends string = string> {
  sources(input: AnalysisInput, options: Options): Int32Array;
  /**
   * Relative work per source (aligned with `sources`), when it varies: the runner cuts pieces
   * of equal work rather than of equal length, so that no piece holds a worker up alone.
   */
  weights?(input: AnalysisInput, options: Options, sources: Int32Array): Float64Array;
  /** What a source is, in progress messages ("searches", "brokers"); "sources" when not given. */
  readonly unit?: string;
  partial(input: AnalysisInput, options: Options, sources: Int32Array, progress: Progress): Partial;
  merge(parts: readonly Partial[]): Partial;
  finish(
    input: AnalysisInput,
    options: Options,
    total: Partial,
    sources: Int32Array,
  ): MeasureResultOf<Output>;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** A progress sink that ignores reports and never cancels, for direct calls and tests. */
export const NO_PROGRESS: Progress = { report() {}, checkpoint() {} };
