/**
 * The contract between measures, the registry, the runner and everything that reads results.
 * A measure reads compact views and returns columns aligned with the view's node index.
 */
import type { FlowView, TieView } from '../model/views.ts';

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
    }
  | { readonly type: 'boolean'; readonly label: string; readonly default: boolean }
  | {
      readonly type: 'choice';
      readonly label: string;
      readonly default: string;
      readonly choices: readonly string[];
    }
  | { readonly type: 'field'; readonly label: string; readonly default: string };

export type OptionValues = Readonly<Record<string, number | boolean | string>>;

export type MeasureFamily =
  | 'centrality'
  | 'embeddedness'
  | 'structural-holes'
  | 'brokerage'
  | 'locality'
  | 'community'
  | 'network';

export interface OutputSpec {
  /** Column name, as in the CLI's CSV header. */
  readonly id: string;
  readonly label: string;
  /** Integer counts are shown without decimals. */
  readonly integer?: boolean;
  /** For category columns: the label of each code (the column holds 0, 1, … or NaN). */
  readonly categories?: readonly string[];
}

export interface MeasureDescriptor {
  readonly id: string;
  readonly label: string;
  readonly family: MeasureFamily;
  /** One paragraph: formula, variant, and the reference implementation it matches. */
  readonly method: string;
  readonly outputs: readonly OutputSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  compute(input: AnalysisInput, options: OptionValues, progress: Progress): MeasureResult;
  /** Present when the work splits by BFS source, so the runner can share it across workers. */
  readonly splitBySource?: SourceSplit;
}

/**
 * A measure whose cost is one search per source node: `partial` handles a list of sources
 * (pure, any worker), `merge` adds partial results up, `finish` turns the total into the
 * measure's result. `compute` must equal finish(merge(partial(all sources))).
 */
export interface SourceSplit<Partial = unknown> {
  sources(input: AnalysisInput, options: OptionValues): Int32Array;
  partial(input: AnalysisInput, options: OptionValues, sources: Int32Array, progress: Progress): Partial;
  merge(parts: readonly Partial[]): Partial;
  finish(input: AnalysisInput, options: OptionValues, total: Partial, sources: Int32Array): MeasureResult;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** A progress sink that ignores reports and never cancels, for direct calls and tests. */
export const NO_PROGRESS: Progress = { report() {}, checkpoint() {} };

export function defaultOptions(descriptor: MeasureDescriptor): Record<string, number | boolean | string> {
  const values: Record<string, number | boolean | string> = {};
  for (const [name, spec] of Object.entries(descriptor.options)) values[name] = spec.default;
  return values;
}
